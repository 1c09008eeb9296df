using HealthAiAcademy.BuildingBlocks.Authorization;
using HealthAiAcademy.BuildingBlocks.Web;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace HealthAiAcademy.Compliance.Features.DownloadEquivalentEvidence;

internal static class DownloadEquivalentEvidenceEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/equivalents/{equivalentId:guid}/evidence", async (Guid equivalentId, DownloadEquivalentEvidenceHandler handler, CancellationToken cancellationToken) =>
                (await handler.HandleAsync(equivalentId, cancellationToken)).ToResult(file => TypedResults.File(file.Content, file.ContentType, file.FileName)))
            .RequireAuthorization(Policies.SignedIn).WithName("EquivalentEvidence")
            .WithSummary("The evidence file of training followed elsewhere: for its owner and for coordinators.")
            .ProducesFile("application/pdf", "image/png", "image/jpeg").ProducesProblem(StatusCodes.Status404NotFound);
}

using HealthAiAcademy.BuildingBlocks.Authorization;
using HealthAiAcademy.BuildingBlocks.Web;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace HealthAiAcademy.Certification.Features.DownloadCpdEvidence;

internal static class DownloadCpdEvidenceEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/me/cpd-activities/{activityId:guid}/evidence", async (Guid activityId, DownloadCpdEvidenceHandler handler, CancellationToken cancellationToken) =>
                (await handler.HandleAsync(activityId, cancellationToken)).ToResult(file => TypedResults.File(file.Content, file.ContentType, file.FileName)))
            .RequireAuthorization(Policies.SignedIn).WithName("CpdEvidence")
            .WithSummary("The evidence file of an activity the signed-in person added.")
            .ProducesFile("application/pdf", "image/png", "image/jpeg").ProducesProblem(StatusCodes.Status404NotFound);
}

using HealthAiAcademy.BuildingBlocks.Authorization;
using HealthAiAcademy.BuildingBlocks.Web;
using HealthAiAcademy.Certification.Features.Shared;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace HealthAiAcademy.Certification.Features.GetCpdSummary;

internal static class GetCpdSummaryEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/me/cpd", async (GetCpdSummaryHandler handler, CancellationToken cancellationToken) => TypedResults.Ok(await handler.HandleAsync(cancellationToken)))
            .RequireAuthorization(Policies.SignedIn).WithName("MyCpdSummary")
            .WithSummary("Accreditation points per registry per year, from valid certificates.");
}

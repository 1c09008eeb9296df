using HealthAiAcademy.BuildingBlocks.Authorization;
using HealthAiAcademy.BuildingBlocks.Web;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace HealthAiAcademy.Compliance.Features.GetMyObligations;

internal static class GetMyObligationsEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/me/obligations", async (GetMyObligationsHandler handler, CancellationToken cancellationToken) =>
                (await handler.HandleAsync(cancellationToken)).ToResult(TypedResults.Ok))
            .RequireAuthorization(Policies.SignedIn).WithName("GetMyObligations")
            .WithSummary("What the signed-in person is required to have completed (AI literacy, the AI systems they use or oversee): done, expiring within 60 days, expired or missing, with the next runs of the courses that fulfil it.")
            .Produces<MyObligations>().ProducesProblem(StatusCodes.Status403Forbidden);
}

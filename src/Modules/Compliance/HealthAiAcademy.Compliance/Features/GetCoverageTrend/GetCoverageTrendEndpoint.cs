using HealthAiAcademy.BuildingBlocks.Authorization;
using HealthAiAcademy.BuildingBlocks.Web;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace HealthAiAcademy.Compliance.Features.GetCoverageTrend;

internal static class GetCoverageTrendEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/organisation/units/{unitId:guid}/coverage-trend", async (Guid unitId, GetCoverageTrendHandler handler, CancellationToken cancellationToken) =>
                (await handler.HandleAsync(unitId, cancellationToken)).ToResult(TypedResults.Ok))
            .RequireAuthorization(Policies.Coordinators).WithName("GetCoverageTrend")
            .WithSummary("A unit's coverage per requirement (with the units below) at the end of each of the last twelve months and today, from the memberships and training as they stood then.")
            .Produces<CoverageTrend>().ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound);
}

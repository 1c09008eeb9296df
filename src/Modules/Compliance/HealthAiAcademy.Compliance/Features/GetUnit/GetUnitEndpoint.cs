using HealthAiAcademy.BuildingBlocks.Authorization;
using HealthAiAcademy.BuildingBlocks.Web;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace HealthAiAcademy.Compliance.Features.GetUnit;

internal static class GetUnitEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/organisation/units/{unitId:guid}", async (Guid unitId, GetUnitHandler handler, CancellationToken cancellationToken) =>
                (await handler.HandleAsync(unitId, cancellationToken)).ToResult(TypedResults.Ok))
            .RequireAuthorization(Policies.Coordinators).WithName("GetUnit")
            .WithSummary("A division, department or unit: the units below it and the people in it now, with function, manager role and since when.")
            .Produces<UnitDetails>().ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound);
}

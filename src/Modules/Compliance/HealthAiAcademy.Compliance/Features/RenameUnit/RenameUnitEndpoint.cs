using HealthAiAcademy.BuildingBlocks.Authorization;
using HealthAiAcademy.BuildingBlocks.Web;
using HealthAiAcademy.Compliance.Features.Shared;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace HealthAiAcademy.Compliance.Features.RenameUnit;

internal static class RenameUnitEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapPut("/organisation/units/{unitId:guid}", async (Guid unitId, RenameUnitRequest request, RenameUnitHandler handler, CancellationToken cancellationToken) =>
                (await handler.HandleAsync(unitId, request, cancellationToken)).ToResult(TypedResults.Ok))
            .RequireAuthorization(Policies.Administrators).WithName("RenameUnit")
            .WithSummary("Renames a division, department or unit; the paths of the units below it follow, and HR files must then use the new name.")
            .Produces<UnitView>()
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
}

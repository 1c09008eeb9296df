using HealthAiAcademy.BuildingBlocks.Authorization;
using HealthAiAcademy.BuildingBlocks.Web;
using HealthAiAcademy.Compliance.Features.Shared;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace HealthAiAcademy.Compliance.Features.AddUnit;

internal static class AddUnitEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapPost("/organisation/units", async (AddUnitRequest request, AddUnitHandler handler, CancellationToken cancellationToken) =>
                (await handler.HandleAsync(request, cancellationToken)).ToResult(unit => TypedResults.Created($"/api/compliance/organisation/units/{unit.Id}", unit)))
            .RequireAuthorization(Policies.Administrators).WithName("AddUnit")
            .WithSummary("Adds a division (no parent), a department (under a division) or a unit (under a department).")
            .Produces<UnitView>(StatusCodes.Status201Created)
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status409Conflict);
}

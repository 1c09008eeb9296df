using HealthAiAcademy.BuildingBlocks.Authorization;
using HealthAiAcademy.BuildingBlocks.Web;
using HealthAiAcademy.Compliance.Features.ListOrganisation;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace HealthAiAcademy.Compliance.Features.AddFunction;

internal static class AddFunctionEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapPost("/organisation/functions", async (AddFunctionRequest request, AddFunctionHandler handler, CancellationToken cancellationToken) =>
                (await handler.HandleAsync(request, cancellationToken)).ToResult(function => TypedResults.Created($"/api/compliance/organisation#{function.Id}", function)))
            .RequireAuthorization(Policies.Administrators).WithName("AddFunction")
            .WithSummary("Adds a function (ICU nurse, radiologist, data scientist, manager) that memberships and requirements can name.")
            .Produces<FunctionView>(StatusCodes.Status201Created)
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status409Conflict);
}

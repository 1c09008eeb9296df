using HealthAiAcademy.BuildingBlocks.Authorization;
using HealthAiAcademy.BuildingBlocks.Web;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace HealthAiAcademy.Compliance.Features.AssignOverseer;

internal static class AssignOverseerEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapPost("/systems/{systemId:guid}/overseers", async (Guid systemId, AssignOverseerRequest request, AssignOverseerHandler handler, CancellationToken cancellationToken) =>
                (await handler.HandleAsync(systemId, request, cancellationToken)).ToResult(userId => TypedResults.Ok(new { userId })))
            .RequireAuthorization(Policies.Administrators).WithName("AssignOverseer")
            .WithSummary("Assigns the person with this email to human oversight of the system (AI Act art. 26(2)); the oversight requirements then apply to them.")
            .Produces(StatusCodes.Status200OK)
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
}

using HealthAiAcademy.BuildingBlocks.Authorization;
using HealthAiAcademy.BuildingBlocks.Web;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace HealthAiAcademy.Compliance.Features.DecideEquivalent;

internal static class DecideEquivalentEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapPost("/equivalents/{equivalentId:guid}/decision", async (Guid equivalentId, DecideEquivalentRequest request, DecideEquivalentHandler handler,
                CancellationToken cancellationToken) =>
                (await handler.HandleAsync(equivalentId, request, cancellationToken)).ToResult(status => TypedResults.Ok(new { status })))
            .RequireAuthorization(Policies.Coordinators).WithName("DecideEquivalent")
            .WithSummary("Approves (it then meets the requirement from today) or rejects, with the reason, training followed elsewhere; audited. Nobody decides on their own.")
            .Produces(StatusCodes.Status200OK).ProducesValidationProblem().ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
}

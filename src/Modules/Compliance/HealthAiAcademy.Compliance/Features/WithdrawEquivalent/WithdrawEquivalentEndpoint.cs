using HealthAiAcademy.BuildingBlocks.Authorization;
using HealthAiAcademy.BuildingBlocks.Web;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace HealthAiAcademy.Compliance.Features.WithdrawEquivalent;

internal static class WithdrawEquivalentEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapPost("/equivalents/{equivalentId:guid}/withdrawal", async (Guid equivalentId, WithdrawEquivalentRequest request, WithdrawEquivalentHandler handler,
                CancellationToken cancellationToken) =>
                (await handler.HandleAsync(equivalentId, request, cancellationToken)).ToResult(status => TypedResults.Ok(new { status })))
            .RequireAuthorization(Policies.SignedIn).WithName("WithdrawEquivalent")
            .WithSummary("Its owner withdraws training that still waits for a decision; a coordinator withdraws an approval, with the reason (audited).")
            .Produces(StatusCodes.Status200OK).ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
}

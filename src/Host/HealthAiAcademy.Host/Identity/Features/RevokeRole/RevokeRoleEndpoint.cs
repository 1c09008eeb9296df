using HealthAiAcademy.BuildingBlocks.Authorization;
using HealthAiAcademy.Host.Identity.Features.Shared;

namespace HealthAiAcademy.Host.Identity.Features.RevokeRole;

internal static class RevokeRoleEndpoint
{
    public static void Map(IEndpointRouteBuilder admin) =>
        admin.MapDelete("/users/{userId:guid}/roles/{role}", async (Guid userId, string role, RevokeRoleHandler handler, CancellationToken cancellationToken) =>
                (await handler.HandleAsync(userId, role, cancellationToken)).ToResult(TypedResults.Ok))
            .RequireAuthorization(Policies.Administrators).WithName("RevokeRole")
            .WithSummary("Takes a role away and ends the person's sessions; 409 for the last administrator.")
            .Produces<UserSummary>().ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
}

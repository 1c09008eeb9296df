using HealthAiAcademy.BuildingBlocks.Authorization;
using HealthAiAcademy.Host.Identity.Features.Shared;

namespace HealthAiAcademy.Host.Identity.Features.GrantRole;

internal static class GrantRoleEndpoint
{
    public static void Map(IEndpointRouteBuilder admin) =>
        admin.MapPut("/users/{userId:guid}/roles/{role}", async (Guid userId, string role, GrantRoleHandler handler, CancellationToken cancellationToken) =>
                (await handler.HandleAsync(userId, role, cancellationToken)).ToResult(TypedResults.Ok))
            .RequireAuthorization(Policies.Administrators).WithName("GrantRole")
            .WithSummary("Makes the person an Instructor, Coordinator or Administrator (idempotent).")
            .Produces<UserSummary>().ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
}

using HealthAiAcademy.BuildingBlocks.Authorization;
using HealthAiAcademy.Host.Identity.Features.Shared;

namespace HealthAiAcademy.Host.Identity.Features.DeactivateUser;

internal static class DeactivateUserEndpoint
{
    public static void Map(IEndpointRouteBuilder admin) =>
        admin.MapPost("/users/{userId:guid}/deactivation", async (Guid userId, DeactivateUserHandler handler, CancellationToken cancellationToken) =>
                (await handler.HandleAsync(userId, cancellationToken)).ToResult(TypedResults.Ok))
            .RequireAuthorization(Policies.Administrators).WithName("DeactivateUser")
            .WithSummary("Stops the account from signing in and signs it out everywhere; 409 for yourself or the last administrator.")
            .Produces<UserSummary>().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
}

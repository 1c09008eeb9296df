using HealthAiAcademy.BuildingBlocks.Authorization;
using HealthAiAcademy.Host.Identity.Features.Shared;

namespace HealthAiAcademy.Host.Identity.Features.ReactivateUser;

internal static class ReactivateUserEndpoint
{
    public static void Map(IEndpointRouteBuilder admin) =>
        admin.MapDelete("/users/{userId:guid}/deactivation", async (Guid userId, ReactivateUserHandler handler, CancellationToken cancellationToken) =>
                (await handler.HandleAsync(userId, cancellationToken)).ToResult(TypedResults.Ok))
            .RequireAuthorization(Policies.Administrators).WithName("ReactivateUser")
            .WithSummary("Lets a deactivated account sign in again.")
            .Produces<UserSummary>().ProducesProblem(StatusCodes.Status404NotFound);
}

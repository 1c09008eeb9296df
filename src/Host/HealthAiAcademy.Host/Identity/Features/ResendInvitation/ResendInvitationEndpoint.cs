using HealthAiAcademy.BuildingBlocks.Authorization;
using HealthAiAcademy.Host.Identity.Features.Shared;

namespace HealthAiAcademy.Host.Identity.Features.ResendInvitation;

internal static class ResendInvitationEndpoint
{
    public static void Map(IEndpointRouteBuilder admin) =>
        admin.MapPost("/users/{userId:guid}/invitation", async (Guid userId, ResendInvitationHandler handler, CancellationToken cancellationToken) =>
                (await handler.HandleAsync(userId, cancellationToken)).ToResult(TypedResults.Ok))
            .RequireAuthorization(Policies.Administrators).WithName("ResendInvitation")
            .WithSummary("Emails an invited person a new link to choose a password.")
            .Produces<UserSummary>().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
}

using HealthAiAcademy.BuildingBlocks.Authorization;
using HealthAiAcademy.Host.Identity.Features.Shared;

namespace HealthAiAcademy.Host.Identity.Features.InviteUser;

internal static class InviteUserEndpoint
{
    public static void Map(IEndpointRouteBuilder admin) =>
        admin.MapPost("/users/invitations", async (InviteUserRequest request, InviteUserHandler handler, CancellationToken cancellationToken) =>
                (await handler.HandleAsync(request, cancellationToken)).ToResult(user => TypedResults.Created($"/api/admin/users/{user.Id}", user)))
            .RequireAuthorization(Policies.Administrators).WithName("InviteUser")
            .WithSummary("Makes an account and emails its holder a one-time link to choose a password; roles are optional.")
            .Produces<UserSummary>(StatusCodes.Status201Created).ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict);
}

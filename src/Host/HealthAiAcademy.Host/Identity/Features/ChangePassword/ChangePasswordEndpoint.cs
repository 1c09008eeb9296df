using HealthAiAcademy.BuildingBlocks.Authorization;
using HealthAiAcademy.BuildingBlocks.Users;

namespace HealthAiAcademy.Host.Identity.Features.ChangePassword;

internal static class ChangePasswordEndpoint
{
    public static void Map(IEndpointRouteBuilder auth) =>
        auth.MapPost("/password", async (ChangePasswordRequest request, ChangePasswordHandler handler, CancellationToken cancellationToken) =>
                (await handler.HandleAsync(request, cancellationToken)).ToResult(_ => Results.NoContent()))
            .RequireAuthorization(Policies.SignedIn).WithName("ChangePassword")
            .WithSummary("Changes the caller's password; every session, this one included, ends: sign in again.")
            .Produces(StatusCodes.Status204NoContent).ProducesValidationProblem();
}

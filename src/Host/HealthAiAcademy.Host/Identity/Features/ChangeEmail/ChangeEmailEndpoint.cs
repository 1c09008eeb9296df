using HealthAiAcademy.BuildingBlocks.Authorization;
using HealthAiAcademy.BuildingBlocks.Users;

namespace HealthAiAcademy.Host.Identity.Features.ChangeEmail;

internal static class ChangeEmailEndpoint
{
    public static void Map(IEndpointRouteBuilder auth) =>
        auth.MapPost("/email", async (ChangeEmailRequest request, ICurrentUser currentUser, ChangeEmailHandler handler, CancellationToken cancellationToken) =>
                (await handler.HandleAsync(currentUser.UserId!.Value, request, cancellationToken)).ToResult(_ => Results.Accepted()))
            .RequireAuthorization(Policies.SignedIn).WithName("ChangeEmail")
            .WithSummary("Emails a confirmation link to the new address; the change happens when it is opened.")
            .Produces(StatusCodes.Status202Accepted).ProducesValidationProblem();
}

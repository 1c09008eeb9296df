using HealthAiAcademy.BuildingBlocks.Authorization;
using HealthAiAcademy.BuildingBlocks.Users;

namespace HealthAiAcademy.Host.Identity.Features.ChangeEmail;

internal static class ChangeEmailEndpoint
{
    public static void Map(IEndpointRouteBuilder auth) =>
        auth.MapPost("/email", async (ChangeEmailRequest request, ChangeEmailHandler handler, CancellationToken cancellationToken) =>
                (await handler.HandleAsync(request, cancellationToken)).ToResult(_ => Results.Accepted()))
            .RequireAuthorization(Policies.SignedIn).WithName("ChangeEmail")
            .WithSummary("Emails a confirmation link to the new address; the change happens when it is opened.")
            .Produces(StatusCodes.Status202Accepted).ProducesValidationProblem();
}

using HealthAiAcademy.BuildingBlocks.Web;
using HealthAiAcademy.Host.Web;

namespace HealthAiAcademy.Host.Identity.Features.ForgotPassword;

internal sealed record ForgotPasswordRequest(string? Email);

internal static class ForgotPasswordEndpoint
{
    public static void Map(IEndpointRouteBuilder auth) =>
        auth.MapPost("/forgot-password", async (ForgotPasswordRequest request, ForgotPasswordHandler handler, CancellationToken cancellationToken) =>
            {
                if (string.IsNullOrWhiteSpace(request.Email))
                {
                    return new ValidationErrors().Add("email", "Email is required.").ToProblem();
                }

                await handler.HandleAsync(request.Email, cancellationToken);
                return Results.Accepted();
            })
            .AllowAnonymous().RequireRateLimiting(RateLimiting.SignInPolicy).WithName("ForgotPassword")
            .WithSummary("Emails a password-reset link if the address has an account; always 202, so it tells nothing about which addresses do.")
            .Produces(StatusCodes.Status202Accepted).ProducesValidationProblem();
}

using HealthAiAcademy.Host.Web;

namespace HealthAiAcademy.Host.Identity.Features.ResetPassword;

/// <param name="Token">The token of the emailed link, as it appears there.</param>
internal sealed record ResetPasswordRequest(string? UserId, string? Token, string? NewPassword);

internal static class ResetPasswordEndpoint
{
    public static void Map(IEndpointRouteBuilder auth) =>
        auth.MapPost("/reset-password", async (ResetPasswordRequest request, ResetPasswordHandler handler, CancellationToken cancellationToken) =>
            {
                var (outcome, errors, _) = await handler.HandleAsync(request.UserId, request.Token, request.NewPassword, cancellationToken);
                return outcome switch
                {
                    LinkOutcome.Done => Results.NoContent(),
                    LinkOutcome.LinkNotValid => errors.Add("token", "The link has expired or was used already: ask for a new one.").ToProblem(),
                    _ => errors.ToProblem(),
                };
            })
            .AllowAnonymous().RequireRateLimiting(RateLimiting.SignInPolicy).WithName("ResetPassword")
            .WithSummary("Sets a new password with the token of a reset link; ends every other session.")
            .Produces(StatusCodes.Status204NoContent).ProducesValidationProblem();
}

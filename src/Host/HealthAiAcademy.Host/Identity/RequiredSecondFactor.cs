using Microsoft.Extensions.Options;

namespace HealthAiAcademy.Host.Identity;

/// <summary>
/// A signed-in administrator or coordinator (by default) without an authenticator app reaches only the page that sets
/// one up, and signing out; API requests are left to the token's own rules (tokens are not issued without it).
/// </summary>
internal sealed class RequiredSecondFactor(RequestDelegate next, IOptionsMonitor<AccountOptions> options)
{
    public const string SetupPath = "/account/two-factor";
    private static readonly string[] Open = [SetupPath, "/account/logout", "/status", "/error", "/language", "/health", "/api"];

    public Task InvokeAsync(HttpContext context)
    {
        var user = context.User;
        if (user.Identity?.IsAuthenticated == true
            && !user.HasClaim(c => c.Type == AcademyClaimsPrincipalFactory.SecondFactorClaim)
            && options.CurrentValue.TwoFactorRoles.Any(user.IsInRole)
            && !Open.Any(path => context.Request.Path.StartsWithSegments(path, StringComparison.OrdinalIgnoreCase)))
        {
            context.Response.Redirect(SetupPath + "?required=true");
            return Task.CompletedTask;
        }

        return next(context);
    }
}

using HealthAiAcademy.Host.Identity;
using Microsoft.Extensions.Options;

namespace HealthAiAcademy.Host.Web;

/// <summary>
/// Headers on every response. Pages load scripts, styles and images from this site only (no inline script or style);
/// nothing may frame them. The Hangfire dashboard and the Development API reference are third-party pages that need
/// inline script, so they get a policy of their own that still forbids framing and foreign origins.
/// </summary>
internal sealed class SecurityHeaders(RequestDelegate next, IOptions<SingleSignOnOptions> singleSignOn)
{
    // The sign-in button posts a form whose answer redirects to the hospital's provider: form-action must allow it.
    private readonly string pagePolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; " +
        $"object-src 'none'; base-uri 'self'; form-action 'self'{ProviderOrigin(singleSignOn.Value)}; frame-ancestors 'none'";

    private const string ToolPolicy =
        "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; " +
        "connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    public Task InvokeAsync(HttpContext context)
    {
        var headers = context.Response.Headers;
        var tool = context.Request.Path.StartsWithSegments("/hangfire") || context.Request.Path.StartsWithSegments("/scalar");
        headers.ContentSecurityPolicy = tool ? ToolPolicy : pagePolicy;
        headers.XContentTypeOptions = "nosniff";
        headers.XFrameOptions = "DENY";
        // Links in emails carry one-time tokens: no other site learns a page's address from the Referer.
        headers["Referrer-Policy"] = "same-origin";
        headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()";
        headers["Cross-Origin-Opener-Policy"] = "same-origin";
        return next(context);
    }

    private static string ProviderOrigin(SingleSignOnOptions options) =>
        options.Enabled && Uri.TryCreate(options.Authority, UriKind.Absolute, out var authority)
            ? " " + authority.GetLeftPart(UriPartial.Authority)
            : string.Empty;
}

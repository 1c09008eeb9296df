using Microsoft.AspNetCore.Antiforgery;

namespace HealthAiAcademy.Host.Web;

/// <summary>
/// The API accepts the sign-in cookie as well as bearer tokens (ADR 0017). A cookie is sent by the browser whatever page
/// asks, so an unsafe API call that relies on it must prove it comes from this site's own pages: an anti-forgery token in
/// the <c>RequestVerificationToken</c> header (from <c>GET /api/auth/antiforgery</c>), and no Origin or Sec-Fetch-Site
/// that names another site. Calls with a bearer token are not at risk (no browser adds one by itself) and pass.
/// </summary>
internal sealed class CookieApiProtection(RequestDelegate next, IAntiforgery antiforgery, ILogger<CookieApiProtection> logger)
{
    public async Task InvokeAsync(HttpContext context)
    {
        var request = context.Request;
        if (!request.Path.StartsWithSegments("/api")
            || HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method) || HttpMethods.IsOptions(request.Method) || HttpMethods.IsTrace(request.Method)
            || context.User.Identity?.IsAuthenticated != true
            || request.Headers.Authorization.Count > 0)
        {
            await next(context);
            return;
        }

        string? refusal = null;
        var fetchSite = request.Headers["Sec-Fetch-Site"].ToString();
        var origin = request.Headers.Origin.ToString();
        if (fetchSite.Length > 0 && fetchSite is not ("same-origin" or "none"))
        {
            refusal = "The request comes from another site.";
        }
        else if (origin.Length > 0 && !string.Equals(origin, $"{request.Scheme}://{request.Host}", StringComparison.OrdinalIgnoreCase))
        {
            refusal = "The request comes from another origin.";
        }
        else if (!await antiforgery.IsRequestValidAsync(context))
        {
            refusal = "A request signed in with the cookie needs the RequestVerificationToken header (GET /api/auth/antiforgery gives one).";
        }

        if (refusal is null)
        {
            await next(context);
            return;
        }

        logger.LogWarning("Refused a cookie-authenticated {Method} {Path}: {Reason}", request.Method, request.Path, refusal);
        await Results.Problem(statusCode: StatusCodes.Status403Forbidden, title: "Not allowed.", detail: refusal).ExecuteAsync(context);
    }
}

using Microsoft.AspNetCore.Authentication;
using HealthAiAcademy.Host.Identity.Features.Shared;

namespace HealthAiAcademy.Host.Identity;

/// <summary>
/// Refuses a request whose sign-in was ended (deactivation, password change, "sign out everywhere"): its security stamp
/// is no longer the account's. Cookies are also re-checked by Identity's validator; bearer tokens only here.
/// </summary>
internal sealed class EndedSessions(RequestDelegate next, SecurityStampCache stamps)
{
    public async Task InvokeAsync(HttpContext context)
    {
        if (context.User.Identity?.IsAuthenticated == true && !await stamps.IsCurrentAsync(context.User, context.RequestAborted))
        {
            if (context.Request.Path.StartsWithSegments("/api"))
            {
                context.Response.StatusCode = StatusCodes.Status401Unauthorized;
                await Results.Problem(statusCode: StatusCodes.Status401Unauthorized, title: "This sign-in has ended.",
                    detail: "Sign in again.").ExecuteAsync(context);
                return;
            }

            await context.SignOutAsync(Microsoft.AspNetCore.Identity.IdentityConstants.ApplicationScheme);
            context.Response.Redirect("/account/login");
            return;
        }

        await next(context);
    }
}

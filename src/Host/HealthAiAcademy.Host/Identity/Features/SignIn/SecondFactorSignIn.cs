using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;

namespace HealthAiAcademy.Host.Identity.Features.SignIn;

/// <summary>
/// Between the password and the authenticator code: Identity's short-lived two-factor cookie names the account, as its own
/// PasswordSignInAsync would write it, so SignInManager's TwoFactor*SignInAsync methods finish the sign-in.
/// </summary>
internal static class SecondFactorSignIn
{
    public static Task StartAsync(HttpContext context, AcademyUser user)
    {
        var identity = new ClaimsIdentity(IdentityConstants.TwoFactorUserIdScheme);
        identity.AddClaim(new Claim(ClaimTypes.Name, user.Id.ToString()));
        return context.SignInAsync(IdentityConstants.TwoFactorUserIdScheme, new ClaimsPrincipal(identity));
    }
}

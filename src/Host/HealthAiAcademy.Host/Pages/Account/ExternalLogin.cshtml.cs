using HealthAiAcademy.Host.Identity;
using HealthAiAcademy.Host.Identity.Features.SignInWithSso;
using HealthAiAcademy.Host.Resources;
using HealthAiAcademy.Host.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace HealthAiAcademy.Host.Pages.Account;

/// <summary>"Sign in with the hospital's account": the POST sends the browser to the provider; the provider's answer comes back to the callback handler.</summary>
[AllowAnonymous]
[EnableRateLimiting(RateLimiting.SignInPolicy)]
internal sealed class ExternalLoginModel(
    SignInManager<AcademyUser> signIn, UserManager<AcademyUser> users, ExternalSignIn externalSignIn, IOptions<SingleSignOnOptions> options, IStringLocalizer<HostText> text) : PageModel
{
    public string? Problem { get; private set; }

    public IActionResult OnGet() => RedirectToPage("Login");

    public IActionResult OnPost(string? returnUrl)
    {
        if (!options.Value.Enabled)
        {
            return NotFound();
        }

        var callback = Url.Page("ExternalLogin", "Callback", new { returnUrl = Url.IsLocalUrl(returnUrl) ? returnUrl : null });
        var properties = signIn.ConfigureExternalAuthenticationProperties(SingleSignOnOptions.Scheme, callback);
        return Challenge(properties, SingleSignOnOptions.Scheme);
    }

    public async Task<IActionResult> OnGetCallbackAsync(string? returnUrl, string? remoteError, CancellationToken cancellationToken)
    {
        var login = remoteError is null ? await signIn.GetExternalLoginInfoAsync() : null;
        if (login is null)
        {
            Problem = text["Signing in with {0} did not succeed. Try again, or sign in with your password.", options.Value.DisplayName];
            return Page();
        }

        var outcome = await externalSignIn.HandleAsync(login, cancellationToken);
        await HttpContext.SignOutAsync(IdentityConstants.ExternalScheme);
        if (!outcome.IsOk)
        {
            Problem = outcome.Message;
            Response.StatusCode = StatusCodes.Status403Forbidden;
            return Page();
        }

        // The provider vouched for the person, second factor included where the hospital requires one.
        await signIn.SignInWithClaimsAsync(outcome.Value!, isPersistent: false,
            [new System.Security.Claims.Claim(AcademyClaimsPrincipalFactory.SecondFactorClaim, "provider"), new System.Security.Claims.Claim("amr", "external")]);
        return LocalRedirect(Url.IsLocalUrl(returnUrl) ? returnUrl : await FirstPage.ForAsync(users, outcome.Value!));
    }
}

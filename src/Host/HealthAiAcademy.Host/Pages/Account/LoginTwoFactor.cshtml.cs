using HealthAiAcademy.Host.Identity;
using HealthAiAcademy.Host.Identity.Features.Shared;
using HealthAiAcademy.Host.Resources;
using HealthAiAcademy.Host.Web;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;

namespace HealthAiAcademy.Host.Pages.Account;

/// <summary>After a right password, for accounts with an authenticator app. Wrong codes count towards the address's back-off.</summary>
[AllowAnonymous]
[EnableRateLimiting(RateLimiting.SignInPolicy)]
internal sealed class LoginTwoFactorModel(
    SignInManager<AcademyUser> signIn, UserManager<AcademyUser> users, SignInThrottle throttle, IStringLocalizer<HostText> text) : PageModel
{
    [BindProperty]
    public string? Code { get; set; }

    [BindProperty]
    public string? RecoveryCode { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    [BindProperty(SupportsGet = true)]
    public bool RememberMe { get; set; }

    public async Task<IActionResult> OnGetAsync() =>
        await signIn.GetTwoFactorAuthenticationUserAsync() is null ? RedirectToPage("Login") : Page();

    public async Task<IActionResult> OnPostAsync()
    {
        var user = await signIn.GetTwoFactorAuthenticationUserAsync();
        if (user is null)
        {
            return RedirectToPage("Login");
        }

        var client = HttpContext.Connection.RemoteIpAddress?.ToString();
        if (throttle.RetryAfter(user.Email!, client) is { } wait)
        {
            ModelState.AddModelError(string.Empty, text["Too many failed attempts. Wait {0} seconds and try again, or reset your password.", (int)Math.Ceiling(wait.TotalSeconds)]);
            return Page();
        }

        var result = !string.IsNullOrWhiteSpace(RecoveryCode)
            ? await signIn.TwoFactorRecoveryCodeSignInAsync(RecoveryCode.Replace(" ", string.Empty, StringComparison.Ordinal))
            : await signIn.TwoFactorAuthenticatorSignInAsync((Code ?? string.Empty).Replace(" ", string.Empty, StringComparison.Ordinal), RememberMe, rememberClient: false);
        if (result.Succeeded)
        {
            return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : await FirstPage.ForAsync(users, user));
        }

        throttle.Failed(user.Email!, client);
        ModelState.AddModelError(nameof(Code), text["That code is not right: enter the six digits your app shows now."]);
        return Page();
    }
}

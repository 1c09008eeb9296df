using HealthAiAcademy.Host.Identity;
using HealthAiAcademy.Host.Identity.Features.SignIn;
using HealthAiAcademy.Host.Resources;
using HealthAiAcademy.Host.Web;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace HealthAiAcademy.Host.Pages.Account;

[AllowAnonymous]
[EnableRateLimiting(RateLimiting.SignInPolicy)]
internal sealed class LoginModel(
    PasswordSignIn passwords, SignInManager<AcademyUser> signIn, UserManager<AcademyUser> users, IOptions<SingleSignOnOptions> singleSignOn,
    IStringLocalizer<HostText> text) : PageModel
{
    public SingleSignOnOptions SingleSignOn => singleSignOn.Value;

    [BindProperty]
    public LoginInput Input { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    /// <summary>Set by pages that send people here after a change ("password-reset", "email-changed", ...).</summary>
    [BindProperty(SupportsGet = true)]
    public string? Notice { get; set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        Notice = null;
        if (string.IsNullOrWhiteSpace(Input.Email))
        {
            ModelState.AddModelError("Input.Email", text["Enter your email address."]);
        }

        if (string.IsNullOrEmpty(Input.Password))
        {
            ModelState.AddModelError("Input.Password", text["Enter your password."]);
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var check = await passwords.CheckAsync(Input.Email!, Input.Password!, HttpContext.Connection.RemoteIpAddress?.ToString(), cancellationToken);
        var returnUrl = Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : check.User is { } known ? await FirstPage.ForAsync(users, known) : FirstPage.Participant;
        switch (check.Verdict)
        {
            case SignInVerdict.Allowed:
                await signIn.SignInAsync(check.User!, Input.RememberMe);
                return LocalRedirect(returnUrl);
            case SignInVerdict.RequiresTwoFactor:
                await SecondFactorSignIn.StartAsync(HttpContext, check.User!);
                return RedirectToPage("LoginTwoFactor", new { returnUrl = Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : null, rememberMe = Input.RememberMe });
            case SignInVerdict.Throttled:
                ModelState.AddModelError(string.Empty, text["Too many failed attempts. Wait {0} seconds and try again, or reset your password.", (int)Math.Ceiling(check.RetryAfter!.Value.TotalSeconds)]);
                break;
            case SignInVerdict.EmailNotConfirmed:
                ModelState.AddModelError(string.Empty, text["Confirm your email address first: we have sent you a new link."]);
                break;
            case SignInVerdict.UseSingleSignOn:
                ModelState.AddModelError(string.Empty, text["Staff sign in with {0}: use the button above.", SingleSignOn.DisplayName]);
                break;
            case SignInVerdict.Deactivated:
                ModelState.AddModelError(string.Empty, text["This account is deactivated. The academy's administrators can reactivate it."]);
                break;
            default:
                ModelState.AddModelError(string.Empty, text["The email or password is not correct."]);
                break;
        }

        return Page();
    }

    public sealed class LoginInput
    {
        public string? Email { get; set; }

        public string? Password { get; set; }

        public bool RememberMe { get; set; }
    }
}

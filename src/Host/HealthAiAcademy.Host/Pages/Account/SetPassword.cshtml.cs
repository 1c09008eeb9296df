using HealthAiAcademy.BuildingBlocks.Web;
using HealthAiAcademy.Host.Identity;
using HealthAiAcademy.Host.Identity.Features.ResetPassword;
using HealthAiAcademy.Host.Identity.Features.SetPassword;
using HealthAiAcademy.Host.Resources;
using HealthAiAcademy.Host.Web;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;

namespace HealthAiAcademy.Host.Pages.Account;

/// <summary>Where an invitation's link leads: the invited person chooses a password and is signed in.</summary>
[AllowAnonymous]
[EnableRateLimiting(RateLimiting.SignInPolicy)]
internal sealed class SetPasswordModel(
    SetPasswordHandler handler, SignInManager<AcademyUser> signIn, UserManager<AcademyUser> users, IStringLocalizer<HostText> text) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? UserId { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Token { get; set; }

    [BindProperty]
    public string? Password { get; set; }

    [BindProperty]
    public string? ConfirmPassword { get; set; }

    public bool LinkWorks { get; private set; } = true;

    public bool Resent { get; private set; }

    public string? Email { get; private set; }

    public async Task OnGetAsync()
    {
        var user = await handler.FindInvitedAsync(UserId, Token);
        LinkWorks = user is not null;
        Email = user?.Email;
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        Email = (await handler.FindInvitedAsync(UserId, Token))?.Email;
        if (Password != ConfirmPassword)
        {
            ModelState.AddModelError(nameof(ConfirmPassword), text["The passwords do not match."]);
            LinkWorks = Email is not null;
            return Page();
        }

        var (outcome, errors, user) = await handler.HandleAsync(UserId, Token, Password, cancellationToken);
        switch (outcome)
        {
            case LinkOutcome.Done:
                await signIn.SignInAsync(user!, isPersistent: false);
                return LocalRedirect(await FirstPage.ForAsync(users, user!));
            case LinkOutcome.LinkNotValid:
                LinkWorks = false;
                return Page();
            default:
                ModelState.AddErrors(errors, prefix: string.Empty);
                return Page();
        }
    }

    public async Task<IActionResult> OnPostResendAsync(CancellationToken cancellationToken)
    {
        await handler.ResendAsync(UserId, cancellationToken);
        Resent = true;
        return Page();
    }
}

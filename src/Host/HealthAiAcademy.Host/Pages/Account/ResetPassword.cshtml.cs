using HealthAiAcademy.BuildingBlocks.Web;
using HealthAiAcademy.Host.Identity.Features.ResetPassword;
using HealthAiAcademy.Host.Identity.Features.Shared;
using HealthAiAcademy.Host.Resources;
using HealthAiAcademy.Host.Web;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;

namespace HealthAiAcademy.Host.Pages.Account;

[AllowAnonymous]
[EnableRateLimiting(RateLimiting.SignInPolicy)]
internal sealed class ResetPasswordModel(ResetPasswordHandler handler, LinkTokens links, IStringLocalizer<HostText> text) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? UserId { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Token { get; set; }

    [BindProperty]
    public string? NewPassword { get; set; }

    [BindProperty]
    public string? ConfirmPassword { get; set; }

    public bool LinkWorks { get; private set; } = true;

    public string? Email { get; private set; }

    public async Task OnGetAsync()
    {
        var (user, token) = await links.ReadAsync(UserId, Token);
        LinkWorks = user is not null && await links.IsValidResetAsync(user, token!);
        Email = user?.Email;
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (NewPassword != ConfirmPassword)
        {
            ModelState.AddModelError(nameof(ConfirmPassword), text["The passwords do not match."]);
        }

        var (user, _) = await links.ReadAsync(UserId, Token);
        Email = user?.Email;
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var (outcome, errors, _) = await handler.HandleAsync(UserId, Token, NewPassword, cancellationToken);
        switch (outcome)
        {
            case LinkOutcome.Done:
                return RedirectToPage("Login", new { notice = "password-reset" });
            case LinkOutcome.LinkNotValid:
                LinkWorks = false;
                return Page();
            default:
                ModelState.AddErrors(errors, prefix: string.Empty);
                return Page();
        }
    }
}

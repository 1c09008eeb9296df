using HealthAiAcademy.Host.Identity.Features.ForgotPassword;
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
internal sealed class ForgotPasswordModel(ForgotPasswordHandler handler, IStringLocalizer<HostText> text) : PageModel
{
    [BindProperty]
    public string? Email { get; set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(Email))
        {
            ModelState.AddModelError(nameof(Email), text["Enter your email address."]);
            return Page();
        }

        await handler.HandleAsync(Email, cancellationToken);
        return RedirectToPage("CheckEmail", new { reason = "reset" });
    }
}

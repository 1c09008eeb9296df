using HealthAiAcademy.Host.Identity.Features.ConfirmEmail;
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
internal sealed class ConfirmEmailModel(ConfirmEmailHandler handler, IStringLocalizer<HostText> text) : PageModel
{
    [BindProperty]
    public string? Email { get; set; }

    /// <summary>Null when the page is opened without a link (to ask for a new one).</summary>
    public bool? Confirmed { get; private set; }

    public bool Resent { get; private set; }

    public async Task OnGetAsync(string? userId, string? token, CancellationToken cancellationToken)
    {
        if (userId is not null || token is not null)
        {
            Confirmed = await handler.HandleAsync(userId, token, cancellationToken);
        }
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(Email))
        {
            ModelState.AddModelError(nameof(Email), text["Enter your email address."]);
            return Page();
        }

        await handler.ResendAsync(Email, cancellationToken);
        Resent = true;
        return Page();
    }
}

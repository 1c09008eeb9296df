using HealthAiAcademy.Host.Identity.Features.ConfirmEmailChange;
using HealthAiAcademy.Host.Web;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace HealthAiAcademy.Host.Pages.Account;

/// <summary>Where the link sent to a new address leads; the link may be opened on a device where nobody is signed in.</summary>
[AllowAnonymous]
[EnableRateLimiting(RateLimiting.SignInPolicy)]
internal sealed class ConfirmEmailChangeModel(ConfirmEmailChangeHandler handler) : PageModel
{
    public bool Changed { get; private set; }

    public async Task OnGetAsync(string? userId, string? token, string? email, CancellationToken cancellationToken) =>
        Changed = await handler.HandleAsync(userId, token, email, cancellationToken);
}

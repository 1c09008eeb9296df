using HealthAiAcademy.BuildingBlocks.Authorization;
using HealthAiAcademy.BuildingBlocks.Users;
using HealthAiAcademy.BuildingBlocks.Web;
using HealthAiAcademy.Host.Identity.Features.ChangeEmail;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace HealthAiAcademy.Host.Pages.Account;

[Authorize(Policy = Policies.SignedIn)]
internal sealed class EmailModel(ChangeEmailHandler handler) : PageModel
{
    [BindProperty]
    public string? NewEmail { get; set; }

    [BindProperty]
    public string? CurrentPassword { get; set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var outcome = await handler.HandleAsync(new ChangeEmailRequest(NewEmail, CurrentPassword), cancellationToken);
        if (!outcome.IsOk)
        {
            ModelState.AddErrors(outcome.Errors ?? new ValidationErrors(), prefix: string.Empty);
            return this.RefusalOf(outcome.Kind) ?? Page();
        }

        return RedirectToPage("CheckEmail", new { reason = "email" });
    }
}

using HealthAiAcademy.BuildingBlocks.Authorization;
using HealthAiAcademy.BuildingBlocks.Users;
using HealthAiAcademy.BuildingBlocks.Web;
using HealthAiAcademy.Host.Identity;
using HealthAiAcademy.Host.Identity.Features.ChangePassword;
using HealthAiAcademy.Host.Resources;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace HealthAiAcademy.Host.Pages.Account;

[Authorize(Policy = Policies.SignedIn)]
internal sealed class PasswordModel(ChangePasswordHandler handler, SignInManager<AcademyUser> signIn, IStringLocalizer<HostText> text) : PageModel
{
    [BindProperty]
    public string? CurrentPassword { get; set; }

    [BindProperty]
    public string? NewPassword { get; set; }

    [BindProperty]
    public string? ConfirmPassword { get; set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (NewPassword != ConfirmPassword)
        {
            ModelState.AddModelError(nameof(ConfirmPassword), text["The passwords do not match."]);
            return Page();
        }

        var outcome = await handler.HandleAsync(new ChangePasswordRequest(CurrentPassword, NewPassword), cancellationToken);
        if (!outcome.IsOk)
        {
            ModelState.AddErrors(outcome.Errors ?? new ValidationErrors(), prefix: string.Empty);
            return this.RefusalOf(outcome.Kind) ?? Page();
        }

        // Every session ended with the new security stamp; this one continues with a fresh cookie.
        await signIn.SignInAsync(outcome.Value!, isPersistent: false);
        return RedirectToPage("Profile", new { saved = "password" });
    }
}

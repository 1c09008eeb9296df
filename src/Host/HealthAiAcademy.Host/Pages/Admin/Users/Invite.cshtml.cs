using HealthAiAcademy.BuildingBlocks.Authorization;
using HealthAiAcademy.BuildingBlocks.Web;
using HealthAiAcademy.Host.Identity;
using HealthAiAcademy.Host.Identity.Features.InviteUser;
using HealthAiAcademy.Host.Resources;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace HealthAiAcademy.Host.Pages.Admin.Users;

[Authorize(Policy = Policies.Administrators)]
internal sealed class InviteModel(InviteUserHandler handler, AccountLabels labels, IStringLocalizer<HostText> text) : PageModel
{
    [BindProperty]
    public InviteForm Input { get; set; } = new();

    public AccountLabels Labels => labels;

    public IReadOnlyList<string> GrantableRoles => Identity.Features.Shared.GrantableRoles.All;

    [TempData]
    public string? Notice { get; set; }

    public void OnGet() => Input.Language = System.Globalization.CultureInfo.CurrentUICulture.TwoLetterISOLanguageName;

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var outcome = await handler.HandleAsync(new InviteUserRequest(Input.Email, Input.FullName, Input.Roles, Input.Language), cancellationToken);
        if (outcome.IsOk)
        {
            Notice = text["{0} is invited: the email is on its way.", outcome.Value!.FullName];
            return RedirectToPage("Details", new { userId = outcome.Value.Id });
        }

        if (outcome.Errors is { } errors)
        {
            ModelState.AddErrors(errors);
        }
        else
        {
            ModelState.AddModelError(string.Empty, outcome.Message!);
        }

        return Page();
    }

    public sealed class InviteForm
    {
        public string? Email { get; set; }

        public string? FullName { get; set; }

        public List<string> Roles { get; set; } = [];

        public string? Language { get; set; }
    }
}

using HealthAiAcademy.BuildingBlocks.Authorization;
using HealthAiAcademy.BuildingBlocks.Localization;
using HealthAiAcademy.Host.Identity;
using HealthAiAcademy.Host.Identity.Features.Shared;
using HealthAiAcademy.Host.Identity.Features.SignOutEverywhere;
using HealthAiAcademy.BuildingBlocks.Web;
using HealthAiAcademy.Host.Web;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace HealthAiAcademy.Host.Pages.Account;

[Authorize(Policy = Policies.SignedIn)]
internal sealed class ProfileModel(UserManager<AcademyUser> users, SignInManager<AcademyUser> signIn, AccountAudit audit) : PageModel
{
    [BindProperty]
    public ProfileForm Input { get; set; } = new();

    public string Email { get; private set; } = string.Empty;

    public bool Saved { get; private set; }

    public string? SavedWhat { get; private set; }

    public async Task<IActionResult> OnGetAsync(string? saved = null)
    {
        SavedWhat = saved;
        Saved = saved is "true" or "password";
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }

        Email = user.Email!;
        Input = new ProfileForm
        {
            FullName = user.FullName,
            Profession = user.Profession,
            RegistrationNumber = user.RegistrationNumber,
            StudentNumber = user.StudentNumber,
            PreferredLanguage = user.PreferredLanguage,
        };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }

        Email = user.Email!;
        var input = new ProfileInput(Input.FullName, Input.Profession, Input.RegistrationNumber, Input.StudentNumber);
        var errors = input.Validate();
        if (!errors.IsValid)
        {
            ModelState.AddErrors(errors);
            return Page();
        }

        var changed = input.ApplyTo(user).ToList();
        var chosenLanguage = AcademyLanguages.Normalize(Input.PreferredLanguage);
        if (chosenLanguage != user.PreferredLanguage)
        {
            user.PreferredLanguage = chosenLanguage;
            changed.Add("preferredLanguage");
        }

        if (changed.Count > 0)
        {
            audit.Record(user.Id, AccountChangeKind.ProfileChanged, string.Join(", ", changed));
        }

        await users.UpdateAsync(user);
        await signIn.RefreshSignInAsync(user);
        if (user.PreferredLanguage is { } language)
        {
            // The page that answers this post is already in the old language; the next one follows the profile.
            Response.RememberLanguage(language);
            return RedirectToPage(new { saved = true });
        }

        Saved = true;
        return Page();
    }

    public async Task<IActionResult> OnPostSignOutEverywhereAsync([FromServices] SignOutEverywhereHandler handler, CancellationToken cancellationToken)
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }

        await handler.HandleAsync(cancellationToken);
        await signIn.SignOutAsync();
        return LocalRedirect("/account/login");
    }

    public sealed class ProfileForm
    {
        public string? FullName { get; set; }

        public string? Profession { get; set; }

        public string? RegistrationNumber { get; set; }

        public string? StudentNumber { get; set; }

        public string? PreferredLanguage { get; set; }
    }
}

using HealthAiAcademy.BuildingBlocks.Localization;
using HealthAiAcademy.Host.Identity;
using HealthAiAcademy.Host.Web;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace HealthAiAcademy.Host.Pages;

/// <summary>The layout's language switch: remembered in a cookie, and in the profile of a signed-in person.</summary>
[AllowAnonymous]
internal sealed class LanguageModel(UserManager<AcademyUser> users, SignInManager<AcademyUser> signIn) : PageModel
{
    public IActionResult OnGet() => LocalRedirect("/");

    public async Task<IActionResult> OnPostAsync(string? language, string? returnUrl)
    {
        var back = Url.IsLocalUrl(returnUrl) ? returnUrl : "/";
        if (AcademyLanguages.Normalize(language) is not { } chosen)
        {
            return LocalRedirect(back);
        }

        Response.RememberLanguage(chosen);
        if (await users.GetUserAsync(User) is { } user && user.PreferredLanguage != chosen)
        {
            user.PreferredLanguage = chosen;
            await users.UpdateAsync(user);
            await signIn.RefreshSignInAsync(user);
        }

        return LocalRedirect(back);
    }
}

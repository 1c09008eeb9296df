using HealthAiAcademy.Host.Identity;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace HealthAiAcademy.Host.Pages.Account;

/// <summary>Sign-out is a POST with an anti-forgery token, so no link on another site can sign a user out.</summary>
[AllowAnonymous]
internal sealed class LogoutModel(SignInManager<AcademyUser> signIn) : PageModel
{
    public IActionResult OnGet() => LocalRedirect("/");

    public async Task<IActionResult> OnPostAsync()
    {
        await signIn.SignOutAsync();
        return LocalRedirect("/");
    }
}

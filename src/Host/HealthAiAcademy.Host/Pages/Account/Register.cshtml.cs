using HealthAiAcademy.Host.Identity;
using HealthAiAcademy.Host.Identity.Features.Register;
using HealthAiAcademy.Host.Resources;
using HealthAiAcademy.BuildingBlocks.Web;
using HealthAiAcademy.Host.Web;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;

namespace HealthAiAcademy.Host.Pages.Account;

[AllowAnonymous]
[EnableRateLimiting(RateLimiting.SignInPolicy)]
internal sealed class RegisterModel(SignInManager<AcademyUser> signIn, RegisterHandler register, IStringLocalizer<HostText> text) : PageModel
{
    [BindProperty]
    public RegisterInput Input { get; set; } = new();

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (Input.Password != Input.ConfirmPassword)
        {
            ModelState.AddModelError("Input.ConfirmPassword", text["The passwords do not match."]);
            return Page();
        }

        var registration = await register.HandleAsync(
            new RegistrationInput(Input.Email, Input.Password, Input.FullName, Input.Profession, Input.RegistrationNumber), cancellationToken);
        if (registration.AwaitsConfirmation)
        {
            return RedirectToPage("CheckEmail", new { reason = "confirm" });
        }

        if (registration.User is not { } user)
        {
            ModelState.AddErrors(registration.Errors);
            return Page();
        }

        await signIn.SignInAsync(user, isPersistent: false);
        return LocalRedirect("/catalog");
    }

    public sealed class RegisterInput
    {
        public string? Email { get; set; }

        public string? Password { get; set; }

        public string? ConfirmPassword { get; set; }

        public string? FullName { get; set; }

        public string? Profession { get; set; }

        public string? RegistrationNumber { get; set; }
    }
}

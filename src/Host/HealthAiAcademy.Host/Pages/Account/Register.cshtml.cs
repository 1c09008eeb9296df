using HealthAiAcademy.Host.Identity;
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
internal sealed class RegisterModel(SignInManager<AcademyUser> signIn, AccountService accountService, IStringLocalizer<HostText> text) : PageModel
{
    [BindProperty]
    public RegisterInput Input { get; set; } = new();

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (Input.Password != Input.ConfirmPassword)
        {
            ModelState.AddModelError("Input.ConfirmPassword", text["The passwords do not match."]);
            return Page();
        }

        var accounts = accountService;
        var (user, errors) = await accounts.RegisterParticipantAsync(
            new RegistrationInput(Input.Email, Input.Password, Input.FullName, Input.Profession, Input.RegistrationNumber));
        if (user is null)
        {
            ModelState.AddErrors(errors);
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

using HealthAiAcademy.BuildingBlocks.Authorization;
using HealthAiAcademy.BuildingBlocks.Users;
using HealthAiAcademy.BuildingBlocks.Web;
using HealthAiAcademy.Host.Identity;
using HealthAiAcademy.Host.Identity.Features.SetUpTwoFactor;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace HealthAiAcademy.Host.Pages.Account;

[Authorize(Policy = Policies.SignedIn)]
internal sealed class TwoFactorModel(TwoFactorSetup setup, UserManager<AcademyUser> users, SignInManager<AcademyUser> signIn, ICurrentUser currentUser) : PageModel
{
    [BindProperty]
    public string? Code { get; set; }

    public bool Enabled { get; private set; }

    public bool Required { get; private set; }

    public int RecoveryCodesLeft { get; private set; }

    public AuthenticatorEnrolment? Enrolment { get; private set; }

    public IReadOnlyList<string> RecoveryCodes { get; private set; } = [];

    public Task OnGetAsync() => LoadAsync();

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var outcome = await setup.EnableAsync(currentUser.UserId!.Value, Code, cancellationToken);
        if (!outcome.IsOk)
        {
            ModelState.AddErrors(outcome.Errors!, prefix: string.Empty);
            await LoadAsync();
            return Page();
        }

        RecoveryCodes = outcome.Value!;
        await RefreshSignInAsync();
        await LoadAsync();
        return Page();
    }

    public async Task<IActionResult> OnPostRenewCodesAsync(CancellationToken cancellationToken)
    {
        RecoveryCodes = await setup.RenewRecoveryCodesAsync(currentUser.UserId!.Value, cancellationToken);
        await LoadAsync();
        return Page();
    }

    public async Task<IActionResult> OnPostDisableAsync(CancellationToken cancellationToken)
    {
        var outcome = await setup.DisableAsync(currentUser.UserId!.Value, cancellationToken);
        if (!outcome.IsOk)
        {
            return this.RefusalOf(outcome.Kind) ?? StatusCode(StatusCodes.Status409Conflict);
        }

        await RefreshSignInAsync();
        return RedirectToPage();
    }

    private async Task RefreshSignInAsync()
    {
        // The sign-in carries whether the account has a second factor; a fresh cookie lets the pages of staff open.
        var user = (await users.FindByIdAsync(currentUser.UserId!.Value.ToString()))!;
        await signIn.RefreshSignInAsync(user);
    }

    private async Task LoadAsync()
    {
        var user = (await users.FindByIdAsync(currentUser.UserId!.Value.ToString()))!;
        Enabled = user.TwoFactorEnabled;
        Required = setup.IsRequiredFor(await users.GetRolesAsync(user));
        RecoveryCodesLeft = Enabled ? await users.CountRecoveryCodesAsync(user) : 0;
        Enrolment = Enabled ? null : await setup.EnrolmentAsync(user);
    }
}

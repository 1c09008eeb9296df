using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace HealthAiAcademy.Host.Identity;

/// <summary>Identity's sign-in manager, which also refuses a deactivated account on every path (password, second factor, single sign-on).</summary>
internal sealed class AcademySignInManager(
    UserManager<AcademyUser> users, IHttpContextAccessor contextAccessor, IUserClaimsPrincipalFactory<AcademyUser> claimsFactory,
    IOptions<IdentityOptions> optionsAccessor, ILogger<SignInManager<AcademyUser>> logger, IAuthenticationSchemeProvider schemes,
    IUserConfirmation<AcademyUser> confirmation)
    : SignInManager<AcademyUser>(users, contextAccessor, claimsFactory, optionsAccessor, logger, schemes, confirmation)
{
    public override async Task<bool> CanSignInAsync(AcademyUser user) =>
        user.DeactivatedAtUtc is null && await base.CanSignInAsync(user);
}

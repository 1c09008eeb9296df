using System.Security.Claims;
using HealthAiAcademy.Host.Web;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace HealthAiAcademy.Host.Identity;

/// <summary>
/// Adds the profile's language (choosing the culture costs no query per request) and whether the account has a second
/// factor (pages of roles that require one send its holder to set it up) to the sign-in, cookie and bearer token alike.
/// </summary>
internal sealed class AcademyClaimsPrincipalFactory(
    UserManager<AcademyUser> users, RoleManager<IdentityRole<Guid>> roles, IOptions<IdentityOptions> options)
    : UserClaimsPrincipalFactory<AcademyUser, IdentityRole<Guid>>(users, roles, options)
{
    public const string SecondFactorClaim = "academy:second-factor";

    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(AcademyUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        if (user.PreferredLanguage is { } language)
        {
            identity.AddClaim(new Claim(ProfileLanguageCultureProvider.ClaimType, language));
        }

        if (user.TwoFactorEnabled)
        {
            identity.AddClaim(new Claim(SecondFactorClaim, "true"));
        }

        return identity;
    }
}

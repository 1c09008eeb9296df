using System.Security.Claims;
using HealthAiAcademy.Host.Web;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace HealthAiAcademy.Host.Identity;

/// <summary>Adds the profile's language to the sign-in (cookie and bearer token), so choosing the culture costs no query per request.</summary>
internal sealed class AcademyClaimsPrincipalFactory(
    UserManager<AcademyUser> users, RoleManager<IdentityRole<Guid>> roles, IOptions<IdentityOptions> options)
    : UserClaimsPrincipalFactory<AcademyUser, IdentityRole<Guid>>(users, roles, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(AcademyUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        if (user.PreferredLanguage is { } language)
        {
            identity.AddClaim(new Claim(ProfileLanguageCultureProvider.ClaimType, language));
        }

        return identity;
    }
}

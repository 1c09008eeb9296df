using System.Security.Claims;
using HealthAiAcademy.BuildingBlocks.Authorization;
using HealthAiAcademy.BuildingBlocks.Data;
using HealthAiAcademy.BuildingBlocks.Web;
using HealthAiAcademy.Host.Identity.Data;
using HealthAiAcademy.Host.Identity.Features.Shared;
using HealthAiAcademy.Host.Resources;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace HealthAiAcademy.Host.Identity.Features.SignInWithSso;

/// <summary>
/// A sign-in through the hospital's provider: the account linked to that provider identity; else, on the first sign-in,
/// the account with the same verified email (linked now) or a new participant. Mapped groups become roles each time.
/// </summary>
internal sealed class ExternalSignIn(
    AcademyIdentityDbContext db, UserManager<AcademyUser> users, AccountAudit audit, IOptions<SingleSignOnOptions> options,
    IStringLocalizer<HostText> text, TimeProvider clock, ILogger<ExternalSignIn> logger)
{
    public async Task<Outcome<AcademyUser>> HandleAsync(ExternalLoginInfo login, CancellationToken cancellationToken)
    {
        var principal = login.Principal;
        var email = principal.FindFirstValue("email") ?? principal.FindFirstValue(ClaimTypes.Email);
        var verified = string.Equals(principal.FindFirstValue("email_verified"), "true", StringComparison.OrdinalIgnoreCase)
                       || (options.Value.TrustProviderEmail && principal.FindFirstValue("email_verified") is null);
        var name = principal.FindFirstValue("name") ?? principal.FindFirstValue(ClaimTypes.Name)
                   ?? string.Join(' ', new[] { principal.FindFirstValue("given_name"), principal.FindFirstValue("family_name") }.Where(p => !string.IsNullOrEmpty(p)));

        var outcome = await db.InTransactionAsync(async token =>
        {
            var user = await users.FindByLoginAsync(login.LoginProvider, login.ProviderKey);
            if (user is null)
            {
                if (string.IsNullOrWhiteSpace(email) || !verified)
                {
                    return Outcome<AcademyUser>.Forbidden(text["Your organisation did not confirm your email address, so no account can be linked. Ask the academy's administrators."]);
                }

                user = await users.FindByEmailAsync(email);
                if (user is null)
                {
                    user = new AcademyUser
                    {
                        UserName = email,
                        Email = email,
                        EmailConfirmed = true,
                        FullName = string.IsNullOrWhiteSpace(name) ? email : name.Trim(),
                        CreatedAtUtc = clock.GetUtcNow().UtcDateTime,
                    };
                    AccountChanges.Require(await users.CreateAsync(user));
                    AccountChanges.Require(await users.AddToRoleAsync(user, Roles.Participant));
                    audit.RecordBySelf(user, AccountChangeKind.Registered, Roles.Participant);
                }
                else if (!user.EmailConfirmed)
                {
                    user.EmailConfirmed = true;
                }

                AccountChanges.Require(await users.AddLoginAsync(user, login));
                audit.RecordBySelf(user, AccountChangeKind.ExternalLoginLinked, login.ProviderDisplayName ?? login.LoginProvider);
            }

            if (user.Status == AccountStatus.Deactivated)
            {
                return Outcome<AcademyUser>.Forbidden(text["This account is deactivated. The academy's administrators can reactivate it."]);
            }

            await GrantMappedRolesAsync(user, principal);
            await db.SaveChangesAsync(token);
            return Outcome<AcademyUser>.Ok(user);
        }, cancellationToken);
        if (!outcome.IsOk)
        {
            logger.LogWarning("Single sign-on refused for provider key {Key}: {Reason}", login.ProviderKey, outcome.Detail);
        }

        return outcome;
    }

    /// <summary>Roles the provider's groups map to are granted; roles given by hand are never taken away here.</summary>
    private async Task GrantMappedRolesAsync(AcademyUser user, ClaimsPrincipal principal)
    {
        if (options.Value.RoleClaim is not { } claimType)
        {
            return;
        }

        var mapped = principal.FindAll(claimType).Select(c => c.Value)
            .Where(options.Value.RoleMapping.ContainsKey).Select(value => options.Value.RoleMapping[value])
            .Where(role => role is Roles.Instructor or Roles.Coordinator or Roles.Administrator)
            .Distinct();
        foreach (var role in mapped)
        {
            if (!await users.IsInRoleAsync(user, role))
            {
                AccountChanges.Require(await users.AddToRoleAsync(user, role));
                audit.RecordByProvider(user, options.Value.DisplayName, AccountChangeKind.RoleGranted, role);
            }
        }
    }
}

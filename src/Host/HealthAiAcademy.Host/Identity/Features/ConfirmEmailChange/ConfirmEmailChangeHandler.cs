using HealthAiAcademy.BuildingBlocks.Authorization;
using HealthAiAcademy.BuildingBlocks.Data;
using HealthAiAcademy.Host.Identity.Data;
using HealthAiAcademy.Host.Identity.Features.Shared;
using HealthAiAcademy.Host.Resources;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Localization;

namespace HealthAiAcademy.Host.Identity.Features.ConfirmEmailChange;

[ServesAnyone("The one-time link emailed to the new address is the proof of who calls.")]
internal sealed class ConfirmEmailChangeHandler(
    AcademyIdentityDbContext db, UserManager<AcademyUser> users, LinkTokens links, Sessions sessions, AccountAudit audit,
    AccountEmails emails, IStringLocalizer<HostText> text)
{
    /// <summary>Moves the account to the confirmed new address (the sign-in name too), ends its sessions and tells the old address.</summary>
    /// <returns>False for a link that expired, was used, or names an address taken meanwhile.</returns>
    public async Task<bool> HandleAsync(string? userId, string? encodedToken, string? newEmail, CancellationToken cancellationToken)
    {
        var (user, token) = await links.ReadAsync(userId, encodedToken);
        if (user is null || string.IsNullOrWhiteSpace(newEmail))
        {
            return false;
        }

        var oldEmail = user.Email!;
        var changed = await db.InTransactionAsync(async work =>
        {
            var current = (await users.FindByIdAsync(user.Id.ToString()))!;
            var result = await users.ChangeEmailAsync(current, newEmail, token!);
            if (!result.Succeeded)
            {
                return false;
            }

            AccountChanges.Require(await users.SetUserNameAsync(current, newEmail));
            audit.RecordBySelf(current, AccountChangeKind.EmailChanged, $"{oldEmail} → {newEmail}");
            await sessions.EndAllAsync(current, work);
            return true;
        }, done => done, cancellationToken);
        if (changed)
        {
            await emails.SendSecurityNoticeAsync(user, oldEmail, () => text["Your account now uses the address {0} instead of this one.", newEmail], cancellationToken);
        }

        return changed;
    }
}

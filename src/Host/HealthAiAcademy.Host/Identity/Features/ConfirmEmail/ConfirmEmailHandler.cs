using HealthAiAcademy.BuildingBlocks.Authorization;
using HealthAiAcademy.BuildingBlocks.Data;
using HealthAiAcademy.Host.Identity.Data;
using HealthAiAcademy.Host.Identity.Features.Shared;
using Microsoft.AspNetCore.Identity;

namespace HealthAiAcademy.Host.Identity.Features.ConfirmEmail;

[ServesAnyone("The one-time link emailed to the address is the proof of who calls.")]
internal sealed class ConfirmEmailHandler(AcademyIdentityDbContext db, UserManager<AcademyUser> users, LinkTokens links, AccountAudit audit, AccountEmails emails)
{
    /// <returns>True when the address is confirmed (now or before); false for a link that expired or was forged.</returns>
    public async Task<bool> HandleAsync(string? userId, string? encodedToken, CancellationToken cancellationToken)
    {
        var (user, token) = await links.ReadAsync(userId, encodedToken);
        if (user is null)
        {
            return false;
        }

        if (user.EmailConfirmed)
        {
            return true;
        }

        return await db.InTransactionAsync(async work =>
        {
            var current = (await users.FindByIdAsync(user.Id.ToString()))!;
            var result = await users.ConfirmEmailAsync(current, token!);
            if (result.Succeeded)
            {
                audit.RecordBySelf(current, AccountChangeKind.EmailConfirmed);
                await db.SaveChangesAsync(work);
            }

            return result.Succeeded;
        }, confirmed => confirmed, cancellationToken);
    }

    /// <summary>A new confirmation link for an address with an unconfirmed account; nothing otherwise, and the same answer.</summary>
    public async Task ResendAsync(string email, CancellationToken cancellationToken)
    {
        if (await users.FindByEmailAsync(email.Trim()) is { Status: AccountStatus.Unconfirmed } user)
        {
            await emails.SendEmailConfirmationAsync(user, cancellationToken);
        }
    }
}

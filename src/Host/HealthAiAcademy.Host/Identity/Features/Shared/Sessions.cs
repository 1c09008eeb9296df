using HealthAiAcademy.Host.Identity.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace HealthAiAcademy.Host.Identity.Features.Shared;

/// <summary>
/// Ends every sign-in of an account: a new security stamp rejects its cookies (checked every minute) and its bearer tokens
/// (checked on each request), and its refresh tokens are revoked so no new access token is issued.
/// </summary>
internal sealed class Sessions(AcademyIdentityDbContext db, UserManager<AcademyUser> users, SecurityStampCache stamps, TimeProvider clock)
{
    public async Task EndAllAsync(AcademyUser user, CancellationToken cancellationToken)
    {
        AccountChanges.Require(await users.UpdateSecurityStampAsync(user));
        var now = clock.GetUtcNow().UtcDateTime;
        var live = await db.RefreshTokens.Where(t => t.UserId == user.Id && t.RevokedAtUtc == null && t.ReplacedAtUtc == null)
            .ToListAsync(cancellationToken);
        live.ForEach(t => t.Revoke(now));
        await db.SaveChangesAsync(cancellationToken);
        stamps.Forget(user.Id);
    }
}

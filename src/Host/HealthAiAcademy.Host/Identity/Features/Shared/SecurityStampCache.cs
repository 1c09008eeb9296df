using System.Collections.Concurrent;
using System.Security.Claims;
using HealthAiAcademy.Host.Identity.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace HealthAiAcademy.Host.Identity.Features.Shared;

/// <summary>
/// Bearer tokens are self-contained, so nothing would stop one of a deactivated account before it expires. Each request's
/// token carries the account's security stamp; this compares it with the stored one, read at most every
/// <see cref="MaxAge"/> per account while it matches (an ended session is refused at once on this host, on another host
/// within that time; a stamp that does not match is always checked against the database before a request is refused).
/// </summary>
internal sealed class SecurityStampCache(IServiceScopeFactory scopes, IOptions<IdentityOptions> identity, TimeProvider clock)
{
    public static readonly TimeSpan MaxAge = TimeSpan.FromSeconds(30);

    private readonly ConcurrentDictionary<Guid, (string? Stamp, DateTimeOffset ReadAt)> stamps = new();

    public async Task<bool> IsCurrentAsync(ClaimsPrincipal principal, CancellationToken cancellationToken)
    {
        var stampClaim = principal.FindFirstValue(identity.Value.ClaimsIdentity.SecurityStampClaimType);
        if (stampClaim is null || !Guid.TryParse(principal.FindFirstValue(ClaimTypes.NameIdentifier), out var userId))
        {
            // Tokens this host issues always carry both; one without is minted for tests only and has no account to end.
            return true;
        }

        var now = clock.GetUtcNow();
        if (stamps.TryGetValue(userId, out var known) && now - known.ReadAt <= MaxAge && string.Equals(known.Stamp, stampClaim, StringComparison.Ordinal))
        {
            return true;
        }

        // Unknown, old, or different: a new sign-in (after a password or second-factor change) carries a newer stamp than
        // the one remembered, so the stored one decides.
        var stored = await ReadAsync(userId, cancellationToken);
        stamps[userId] = (stored, now);
        return stored is not null && string.Equals(stored, stampClaim, StringComparison.Ordinal);
    }

    private async Task<string?> ReadAsync(Guid userId, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AcademyIdentityDbContext>();
        var user = await db.Users.AsNoTracking().Where(u => u.Id == userId)
            .Select(u => new { u.SecurityStamp, u.DeactivatedAtUtc }).SingleOrDefaultAsync(cancellationToken);
        return user is null || user.DeactivatedAtUtc is not null ? null : user.SecurityStamp;
    }

    public void Forget(Guid userId) => stamps.TryRemove(userId, out _);
}

using System.Linq.Expressions;
using HealthAiAcademy.BuildingBlocks.Data;
using Microsoft.EntityFrameworkCore;

namespace HealthAiAcademy.BuildingBlocks.Delivery;

/// <summary>A ledger row for one message to one person: claimed before it is sent, marked when it was.</summary>
public interface ISendClaim
{
    DateTime ClaimedAtUtc { get; }

    DateTime? SentAtUtc { get; }

    /// <summary>Taken over from a run that claimed it and never sent it (it crashed, or the mail server refused).</summary>
    void Reclaim(DateTime nowUtc);

    void MarkSent(DateTime nowUtc);
}

/// <summary>
/// Claim-before-send: a reminder, announcement or notice is sent only by the run that claimed its ledger row, whose key is
/// unique; so reruns, parallel sweeps and two hosts never send twice. A claim left unsent for longer than the reclaim
/// window is taken over by a later run (at least once, never twice at the same time).
/// </summary>
public static class SendLedger
{
    /// <returns>The claimed row (saved), or null when the message was sent already or another run holds a fresh claim.</returns>
    public static async Task<TClaim?> ClaimAsync<TClaim>(
        DbContext db, Expression<Func<TClaim, bool>> key, Func<TClaim> newClaim, DateTime nowUtc, DateTime reclaimBeforeUtc,
        CancellationToken cancellationToken)
        where TClaim : class, ISendClaim
    {
        var claims = db.Set<TClaim>();
        var earlier = await claims.SingleOrDefaultAsync(key, cancellationToken);
        if (earlier is null)
        {
            var claim = newClaim();
            claims.Add(claim);
            return await db.SaveUnlessDuplicateAsync(cancellationToken) ? claim : null;
        }

        if (earlier.SentAtUtc is not null || earlier.ClaimedAtUtc > reclaimBeforeUtc)
        {
            return null;
        }

        // Only one of several runs that found the same stale claim takes it over: the one whose update still sees it unchanged.
        var claimedAt = earlier.ClaimedAtUtc;
        var taken = await claims.Where(key)
            .Where(c => EF.Property<DateTime?>(c, nameof(ISendClaim.SentAtUtc)) == null
                        && EF.Property<DateTime>(c, nameof(ISendClaim.ClaimedAtUtc)) == claimedAt)
            .ExecuteUpdateAsync(set => set.SetProperty(c => EF.Property<DateTime>(c, nameof(ISendClaim.ClaimedAtUtc)), nowUtc), cancellationToken);
        if (taken == 0)
        {
            return null;
        }

        // The row is ours now; the tracked copy only needs what the takeover changed.
        earlier.Reclaim(nowUtc);
        await db.SaveChangesAsync(cancellationToken);
        return earlier;
    }
}

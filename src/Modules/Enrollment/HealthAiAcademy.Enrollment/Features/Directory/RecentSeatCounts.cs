using System.Diagnostics;
using HealthAiAcademy.Enrollment.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace HealthAiAcademy.Enrollment.Features.Directory;

/// <summary>
/// Seats taken in every offering's book, as counted at most <see cref="MostAge"/> ago on this host: for lists that show seats
/// left to many readers at once (the catalog), which otherwise asked the database on every request. Whether a seat is free is
/// decided by the book's conditional update, never by these counts (ADR 0005).
/// </summary>
internal sealed class RecentSeatCounts(IServiceScopeFactory scopes)
{
    public static readonly TimeSpan MostAge = TimeSpan.FromSeconds(2);

    private readonly Lock gate = new();
    private Counts? current;
    private Task<Counts>? counting;

    public async Task<IReadOnlyDictionary<Guid, int>> TakenAsync(CancellationToken cancellationToken)
    {
        var held = current;
        if (held is not null && Stopwatch.GetElapsedTime(held.CountedAt) < MostAge)
        {
            return held.Taken;
        }

        Task<Counts> count;
        lock (gate)
        {
            // One count at a time; on its own thread, so that a count finishing at once cannot leave itself behind as "counting".
            count = counting ??= Task.Run(CountAsync, CancellationToken.None);
        }

        // While one request counts again, the others answer with counts a moment older rather than queue behind it.
        return held?.Taken ?? (await count.WaitAsync(cancellationToken)).Taken;
    }

    private async Task<Counts> CountAsync()
    {
        try
        {
            var countedAt = Stopwatch.GetTimestamp();
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<EnrollmentDbContext>();
            var taken = await db.Books.AsNoTracking().ToDictionaryAsync(b => b.OfferingId, b => b.SeatsTaken);
            return current = new Counts(countedAt, taken);
        }
        finally
        {
            lock (gate)
            {
                counting = null;
            }
        }
    }

    private sealed record Counts(long CountedAt, IReadOnlyDictionary<Guid, int> Taken);
}

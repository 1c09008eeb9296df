using HealthAiAcademy.Courses.Data;
using HealthAiAcademy.Courses.Domain;
using Microsoft.EntityFrameworkCore;

namespace HealthAiAcademy.Courses.Features.Shared;

/// <summary>
/// The published offerings with their courses, held in memory per host: the catalog (a few hundred offerings that change
/// rarely) is filtered, searched, sorted and paged from here instead of the database, for visitors and signed-in people
/// alike. It is reloaded after Courses changes an offering, a session or a course on this host (<see cref="CatalogCache"/>),
/// and at least every <see cref="CatalogCache.Lifetime"/>, so other hosts catch up within the same bound as the output cache.
/// The entities are read without tracking and never changed: many requests read one snapshot at once.
/// </summary>
internal sealed class PublishedCatalog(TimeProvider clock)
{
    private readonly SemaphoreSlim loading = new(1, 1);
    private long generation;
    private Snapshot? current;

    public void Invalidate() => Interlocked.Increment(ref generation);

    public async Task<IReadOnlyList<Offering>> OfferingsAsync(CoursesDbContext db, CancellationToken cancellationToken)
    {
        if (Fresh(Volatile.Read(ref current)) is { } snapshot)
        {
            return snapshot.Offerings;
        }

        // One load at a time: a burst after a change waits for the one reload instead of each running its own.
        await loading.WaitAsync(cancellationToken);
        try
        {
            if (Fresh(current) is { } loaded)
            {
                return loaded.Offerings;
            }

            var asOf = Interlocked.Read(ref generation);
            var now = clock.GetUtcNow();
            var offerings = await db.Offerings.AsNoTracking().Include(o => o.Course)
                .Where(o => o.Status == Contracts.OfferingStatus.Published).ToListAsync(cancellationToken);
            Volatile.Write(ref current, new Snapshot(asOf, now, offerings));
            return offerings;
        }
        finally
        {
            loading.Release();
        }
    }

    private Snapshot? Fresh(Snapshot? snapshot) =>
        snapshot is not null && snapshot.Generation == Interlocked.Read(ref generation) && clock.GetUtcNow() - snapshot.LoadedAt < CatalogCache.Lifetime
            ? snapshot
            : null;

    private sealed record Snapshot(long Generation, DateTimeOffset LoadedAt, IReadOnlyList<Offering> Offerings);
}

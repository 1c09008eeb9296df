using HealthAiAcademy.Courses.Data;
using HealthAiAcademy.Courses.Features.ListOfferings;
using Microsoft.EntityFrameworkCore;

namespace HealthAiAcademy.Courses.Features.Shared;

/// <summary>
/// The published offerings as the catalog shows them, held in memory per host with each one's folded search text: the
/// catalog (a few hundred offerings that change rarely) is filtered, searched, sorted and paged from here instead of the
/// database, for visitors and signed-in people alike. It is reloaded after Courses changes an offering, a session or a course on this host (<see cref="CatalogCache"/>),
/// and at least every <see cref="CatalogCache.Lifetime"/>, so other hosts catch up within the same bound as the output cache.
/// The entries are immutable: many requests read one snapshot at once.
/// </summary>
internal sealed class PublishedCatalog(TimeProvider clock)
{
    private readonly SemaphoreSlim loading = new(1, 1);
    private long generation;
    private Snapshot? current;

    public void Invalidate() => Interlocked.Increment(ref generation);

    public async Task<IReadOnlyList<CatalogEntry>> EntriesAsync(CoursesDbContext db, CancellationToken cancellationToken)
    {
        if (Fresh(Volatile.Read(ref current)) is { } snapshot)
        {
            return snapshot.Entries;
        }

        // One load at a time: a burst after a change waits for the one reload instead of each running its own.
        await loading.WaitAsync(cancellationToken);
        try
        {
            if (Fresh(current) is { } loaded)
            {
                return loaded.Entries;
            }

            var asOf = Interlocked.Read(ref generation);
            var now = clock.GetUtcNow();
            var offerings = await db.Offerings.AsNoTracking()
                .Where(o => o.Status == Contracts.OfferingStatus.Published)
                .Select(o => new OfferingSummary(
                    o.Id, o.Course.Code, o.Course.Title, o.Course.Summary, o.Kind, o.CohortLabel, o.StartsAtUtc, o.EndsAtUtc, o.Capacity,
                    o.Delivery, o.Location, o.Course.Language, o.Course.Topics, o.Course.Audiences, o.Course.Accreditations.Any(), o.EnrollmentPolicy))
                .ToListAsync(cancellationToken);
            var entries = offerings.Select(CatalogEntry.Of).ToList();
            Volatile.Write(ref current, new Snapshot(asOf, now, entries));
            return entries;
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

    private sealed record Snapshot(long Generation, DateTimeOffset LoadedAt, IReadOnlyList<CatalogEntry> Entries);
}

/// <summary>A published offering as the catalog lists it, with the folded text its search words are matched against.</summary>
internal sealed record CatalogEntry(OfferingSummary Summary, string SearchText)
{
    public static CatalogEntry Of(OfferingSummary summary) =>
        new(summary, CatalogSearch.SearchText([summary.Title, summary.Summary, summary.CourseCode, .. summary.Topics]));
}

using HealthAiAcademy.Assessment.Data;
using HealthAiAcademy.Assessment.Domain;
using Microsoft.Extensions.Caching.Memory;

namespace HealthAiAcademy.Assessment.Features.GetGradebook;

/// <summary>
/// Each offering's work as last read, used for as long as the stamps of its assessments are unchanged (ADR 0030). The
/// stamps live in the database and change in the transaction that saves the work, so a copy held by one host goes stale
/// when another host saves work, and nothing has to be told to evict it.
/// </summary>
internal sealed class OfferingWorkCache : IDisposable
{
    // Counted in attempts and hand-ins held: about 100 bytes each, so the limit keeps the cache near 200 MB at most.
    private const long MostWorkHeld = 2_000_000;

    private readonly MemoryCache cache = new(new MemoryCacheOptions { SizeLimit = MostWorkHeld });

    public async Task<OfferingWork> GetAsync(
        AssessmentDbContext db, Guid offeringId, IReadOnlyList<AssessmentDefinition> assessments, CancellationToken cancellationToken)
    {
        if (cache.TryGetValue(offeringId, out OfferingWork? held) && held!.IsCurrentFor(assessments))
        {
            return held;
        }

        var work = await OfferingWork.ReadAsync(db, offeringId, assessments, cancellationToken);
        cache.Set(offeringId, work, new MemoryCacheEntryOptions { Size = Math.Max(1, work.Count), SlidingExpiration = TimeSpan.FromMinutes(20) });
        return work;
    }

    public void Dispose() => cache.Dispose();
}

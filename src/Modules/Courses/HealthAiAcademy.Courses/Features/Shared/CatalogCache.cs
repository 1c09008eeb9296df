using Microsoft.AspNetCore.OutputCaching;

namespace HealthAiAcademy.Courses.Features.Shared;

/// <summary>
/// The anonymous catalog API is served from the output cache for a few seconds, and every catalog request (signed in too)
/// reads the published offerings from <see cref="PublishedCatalog"/>; both are evicted whenever Courses changes what the
/// catalog shows. Seat counts (owned by Enrollment) may lag by up to <see cref="Lifetime"/> in the output cache; whether a
/// seat is free is always decided at enrolment. Both caches are per instance: other instances catch up within the lifetime.
/// </summary>
internal sealed class CatalogCache(IOutputCacheStore store, PublishedCatalog published)
{
    public const string Policy = "catalog";
    public const string Tag = "courses-catalog";
    public static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(10);

    public Task InvalidateAsync(CancellationToken cancellationToken)
    {
        published.Invalidate();
        return store.EvictByTagAsync(Tag, cancellationToken).AsTask();
    }
}

using Microsoft.AspNetCore.OutputCaching;

namespace HealthAiAcademy.Courses.Features.Shared;

/// <summary>
/// The anonymous catalog API is served from the output cache for a few seconds and evicted whenever Courses changes what it
/// shows. Seat counts (owned by Enrollment) may lag by up to <see cref="Lifetime"/>; whether a seat is free is always decided
/// at enrolment. The cache is per instance: other instances catch up within the same lifetime.
/// </summary>
internal sealed class CatalogCache(IOutputCacheStore store)
{
    public const string Policy = "catalog";
    public const string Tag = "courses-catalog";
    public static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(10);

    public Task InvalidateAsync(CancellationToken cancellationToken) => store.EvictByTagAsync(Tag, cancellationToken).AsTask();
}

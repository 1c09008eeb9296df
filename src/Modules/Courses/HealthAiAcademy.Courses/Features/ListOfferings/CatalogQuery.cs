using HealthAiAcademy.Courses.Contracts;

namespace HealthAiAcademy.Courses.Features.ListOfferings;

internal enum CatalogSort
{
    StartsAt,
    Title,
}

/// <summary>What a visitor filters the catalog by. <see cref="UpcomingAfterUtc"/> keeps only offerings that have not started.</summary>
internal sealed record CatalogQuery(
    string? Search,
    OfferingKind? Kind,
    string? Topic,
    int Page,
    int PageSize,
    string? Audience = null,
    string? Language = null,
    bool? Accredited = null,
    DateTime? UpcomingAfterUtc = null,
    CatalogSort Sort = CatalogSort.StartsAt)
{
    /// <summary>The offerings the search words found (see <see cref="CatalogSearch"/>); null when there are no search words.</summary>
    public IReadOnlyCollection<Guid>? Found { get; init; }
}

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
    /// <summary>Whether a published offering passes the filters (the search words are matched by <see cref="CatalogListing"/>).</summary>
    public bool Admits(OfferingSummary offering) =>
        (Kind is not { } kind || offering.Kind == kind)
        && (string.IsNullOrWhiteSpace(Topic) || offering.Topics.Contains(Topic.Trim(), StringComparer.Ordinal))
        && (string.IsNullOrWhiteSpace(Audience) || offering.Audiences.Contains(Audience.Trim(), StringComparer.Ordinal))
        && (string.IsNullOrWhiteSpace(Language) || offering.Language == Language.Trim())
        && (Accredited is not { } accredited || offering.Accredited == accredited)
        && (UpcomingAfterUtc is not { } after || offering.StartsAtUtc > after);
}

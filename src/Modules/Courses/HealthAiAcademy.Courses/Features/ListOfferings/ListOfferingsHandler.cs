using HealthAiAcademy.BuildingBlocks.Authorization;
using HealthAiAcademy.BuildingBlocks.Web;
using HealthAiAcademy.Courses.Data;
using HealthAiAcademy.Enrollment.Contracts;
using HealthAiAcademy.Courses.Features.Shared;

namespace HealthAiAcademy.Courses.Features.ListOfferings;

/// <summary>
/// The catalog from the in-memory published offerings (<see cref="PublishedCatalog"/>), filtered, searched, sorted and
/// paged there, with the seats taken as Enrollment counted them at most two seconds ago (the offering's own page counts exactly).
/// </summary>
[ServesAnyone("The public catalog: published offerings only, for visitors too.")]
internal sealed class ListOfferingsHandler(CoursesDbContext db, PublishedCatalog catalog, IEnrollmentDirectory enrollments)
{
    public async Task<PagedResult<OfferingSummary>> HandleAsync(CatalogQuery query, CancellationToken cancellationToken)
    {
        var (items, total) = CatalogListing.Page(await catalog.EntriesAsync(db, cancellationToken), query);
        var taken = items.Any(i => i.Capacity is not null) ? await enrollments.RecentSeatsTakenAsync(cancellationToken) : new Dictionary<Guid, int>();
        var withSeats = items
            .Select(i => i.Capacity is { } capacity ? i with { SeatsLeft = Math.Max(0, capacity - taken.GetValueOrDefault(i.Id)) } : i)
            .ToList();
        return new PagedResult<OfferingSummary>(withSeats, query.Page, query.PageSize, total);
    }

    /// <summary>The topics of the published offerings, for the catalog's filter.</summary>
    public async Task<IReadOnlyList<string>> TopicsAsync(CancellationToken cancellationToken) =>
        [.. (await catalog.EntriesAsync(db, cancellationToken)).SelectMany(e => e.Summary.Topics).Distinct(StringComparer.Ordinal).Order(StringComparer.CurrentCulture)];
}

using HealthAiAcademy.BuildingBlocks.Authorization;
using HealthAiAcademy.BuildingBlocks.Specifications;
using HealthAiAcademy.BuildingBlocks.Web;
using HealthAiAcademy.Courses.Data;
using HealthAiAcademy.Enrollment.Contracts;
using HealthAiAcademy.Courses.Domain;
using HealthAiAcademy.Courses.Features.Shared;

namespace HealthAiAcademy.Courses.Features.ListOfferings;

/// <summary>
/// The catalog from the in-memory published offerings (<see cref="PublishedCatalog"/>): the same specification as a
/// database query would use, evaluated over the snapshot; only the seats taken are asked of Enrollment per request.
/// </summary>
[ServesAnyone("The public catalog: published offerings only, for visitors too.")]
internal sealed class ListOfferingsHandler(CoursesDbContext db, PublishedCatalog catalog, IEnrollmentDirectory enrollments)
{
    public async Task<PagedResult<OfferingSummary>> HandleAsync(CatalogQuery query, CancellationToken cancellationToken)
    {
        var published = (await catalog.OfferingsAsync(db, cancellationToken)).AsQueryable();
        var specification = new PublishedOfferingsSpecification(query with { Found = Found(published, query.Search) });
        var total = published.MatchingCriteriaOf(specification).Count();
        var items = published
            .WithSpecification(specification)
            .Select(o => new OfferingSummary(
                o.Id, o.Course.Code, o.Course.Title, o.Course.Summary, o.Kind, o.CohortLabel, o.StartsAtUtc, o.EndsAtUtc, o.Capacity,
                o.Delivery, o.Location, o.Course.Language, o.Course.Topics, o.Course.Audiences, o.Course.Accreditations.Count > 0, o.EnrollmentPolicy))
            .ToList();

        var limited = items.Where(i => i.Capacity is not null).Select(i => i.Id).ToList();
        var taken = limited.Count == 0 ? new Dictionary<Guid, int>() : await enrollments.CountSeatsTakenAsync(limited, cancellationToken);
        var withSeats = items
            .Select(i => i.Capacity is { } capacity ? i with { SeatsLeft = Math.Max(0, capacity - taken.GetValueOrDefault(i.Id)) } : i)
            .ToList();
        return new PagedResult<OfferingSummary>(withSeats, query.Page, query.PageSize, total);
    }

    /// <summary>The topics of the published offerings, for the catalog's filter.</summary>
    public async Task<IReadOnlyList<string>> TopicsAsync(CancellationToken cancellationToken) =>
        [.. (await catalog.OfferingsAsync(db, cancellationToken)).SelectMany(o => o.Course.Topics).Distinct(StringComparer.Ordinal).Order(StringComparer.CurrentCulture)];

    private static HashSet<Guid>? Found(IEnumerable<Offering> published, string? search)
    {
        var words = CatalogSearch.Words(search);
        return words.Count == 0
            ? null
            : [.. published.Where(o => CatalogSearch.Matches(words, [o.Course.Title, o.Course.Summary, o.Course.Code, .. o.Course.Topics])).Select(o => o.Id)];
    }
}

using HealthAiAcademy.BuildingBlocks.Authorization;
using HealthAiAcademy.BuildingBlocks.Specifications;
using HealthAiAcademy.BuildingBlocks.Web;
using HealthAiAcademy.Courses.Data;
using HealthAiAcademy.Enrollment.Contracts;
using Microsoft.EntityFrameworkCore;

namespace HealthAiAcademy.Courses.Features.ListOfferings;

[ServesAnyone("The public catalog: published offerings only, for visitors too.")]
internal sealed class ListOfferingsHandler(CoursesDbContext db, IEnrollmentDirectory enrollments)
{
    public async Task<PagedResult<OfferingSummary>> HandleAsync(CatalogQuery query, CancellationToken cancellationToken)
    {
        var specification = new PublishedOfferingsSpecification(query with { Found = await FoundAsync(query.Search, cancellationToken) });
        var total = await db.Offerings.MatchingCriteriaOf(specification).CountAsync(cancellationToken);
        var items = await db.Offerings
            .WithSpecification(specification)
            .Select(o => new OfferingSummary(
                o.Id, o.Course.Code, o.Course.Title, o.Course.Summary, o.Kind, o.CohortLabel, o.StartsAtUtc, o.EndsAtUtc, o.Capacity,
                o.Delivery, o.Location, o.Course.Language, o.Course.Topics, o.Course.Audiences, o.Course.Accreditations.Any(), o.EnrollmentPolicy))
            .ToListAsync(cancellationToken);

        var limited = items.Where(i => i.Capacity is not null).Select(i => i.Id).ToList();
        var taken = limited.Count == 0 ? new Dictionary<Guid, int>() : await enrollments.CountSeatsTakenAsync(limited, cancellationToken);
        var withSeats = items
            .Select(i => i.Capacity is { } capacity ? i with { SeatsLeft = Math.Max(0, capacity - taken.GetValueOrDefault(i.Id)) } : i)
            .ToList();
        return new PagedResult<OfferingSummary>(withSeats, query.Page, query.PageSize, total);
    }

    /// <summary>The topics of the published offerings, for the catalog's filter.</summary>
    public async Task<IReadOnlyList<string>> TopicsAsync(CancellationToken cancellationToken) =>
        [.. (await db.Offerings.AsNoTracking().Where(o => o.Status == Contracts.OfferingStatus.Published).Select(o => o.Course.Topics).ToListAsync(cancellationToken))
            .SelectMany(t => t).Distinct(StringComparer.Ordinal).Order(StringComparer.CurrentCulture)];

    private async Task<IReadOnlyCollection<Guid>?> FoundAsync(string? search, CancellationToken cancellationToken)
    {
        var words = CatalogSearch.Words(search);
        if (words.Count == 0)
        {
            return null;
        }

        var published = await db.Offerings.AsNoTracking().Where(o => o.Status == Contracts.OfferingStatus.Published)
            .Select(o => new { o.Id, o.Course.Title, o.Course.Summary, o.Course.Code, o.Course.Topics })
            .ToListAsync(cancellationToken);
        return [.. published.Where(o => CatalogSearch.Matches(words, [o.Title, o.Summary, o.Code, .. o.Topics])).Select(o => o.Id)];
    }
}

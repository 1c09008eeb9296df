using HealthAiAcademy.BuildingBlocks.Specifications;
using HealthAiAcademy.BuildingBlocks.Web;
using HealthAiAcademy.Courses.Data;
using Microsoft.EntityFrameworkCore;

namespace HealthAiAcademy.Courses.Features.ListOfferings;

internal sealed class ListOfferingsHandler(CoursesDbContext db)
{
    public async Task<PagedResult<OfferingSummary>> HandleAsync(CatalogQuery query, CancellationToken cancellationToken)
    {
        var specification = new PublishedOfferingsSpecification(query);
        var total = await db.Offerings.WithSpecification(specification, applyPaging: false).CountAsync(cancellationToken);
        var items = await db.Offerings
            .WithSpecification(specification)
            .Select(o => new OfferingSummary(
                o.Id,
                o.Course.Code,
                o.Course.Title,
                o.Course.Summary,
                o.Kind,
                o.CohortLabel,
                o.StartsAtUtc,
                o.EndsAtUtc,
                o.Capacity,
                o.Delivery,
                o.Location,
                o.Course.Language,
                o.Course.Topics))
            .ToListAsync(cancellationToken);
        return new PagedResult<OfferingSummary>(items, query.Page, query.PageSize, total);
    }
}

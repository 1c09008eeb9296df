using Ardalis.Specification;
using HealthAiAcademy.BuildingBlocks.Specifications;
using HealthAiAcademy.Courses.Contracts;
using HealthAiAcademy.Courses.Domain;

namespace HealthAiAcademy.Courses.Features.ListOfferings;

/// <summary>Published offerings matching the catalog filters, in the chosen order.</summary>
internal sealed class PublishedOfferingsSpecification : Specification<Offering>
{
    public PublishedOfferingsSpecification(CatalogQuery query)
    {
        Query.AsNoTracking().Where(o => o.Status == OfferingStatus.Published);
        if (query.Found is { } found)
        {
            Query.Where(o => found.Contains(o.Id));
        }

        if (query.Kind is { } kind)
        {
            Query.Where(o => o.Kind == kind);
        }

        if (!string.IsNullOrWhiteSpace(query.Topic))
        {
            var topic = query.Topic.Trim();
            Query.Where(o => o.Course.Topics.Contains(topic));
        }

        if (!string.IsNullOrWhiteSpace(query.Audience))
        {
            var audience = query.Audience.Trim();
            Query.Where(o => o.Course.Audiences.Contains(audience));
        }

        if (!string.IsNullOrWhiteSpace(query.Language))
        {
            var language = query.Language.Trim();
            Query.Where(o => o.Course.Language == language);
        }

        if (query.Accredited is { } accredited)
        {
            Query.Where(o => o.Course.Accreditations.Any() == accredited);
        }

        if (query.UpcomingAfterUtc is { } after)
        {
            Query.Where(o => o.StartsAtUtc > after);
        }

        if (query.Sort == CatalogSort.Title)
        {
            Query.OrderBy(o => o.Course.Title).ThenBy(o => o.StartsAtUtc).ThenBy(o => o.Id);
        }
        else
        {
            Query.OrderBy(o => o.StartsAtUtc).ThenBy(o => o.Id);
        }

        Query.Page(query.Page, query.PageSize);
    }
}

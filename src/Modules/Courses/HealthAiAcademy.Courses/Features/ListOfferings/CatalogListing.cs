using HealthAiAcademy.Courses.Features.Shared;

namespace HealthAiAcademy.Courses.Features.ListOfferings;

/// <summary>
/// One page of the catalog from the published offerings in memory: the filters, the search words (matched against each
/// entry's folded text, computed once per snapshot), the order and the page. Plain delegates over a few hundred entries:
/// no expression trees to compile per request, which is what made evaluating a specification in memory cost milliseconds.
/// </summary>
internal static class CatalogListing
{
    public static (IReadOnlyList<OfferingSummary> Items, int Total) Page(IReadOnlyList<CatalogEntry> published, CatalogQuery query)
    {
        var words = CatalogSearch.Words(query.Search);
        var matching = published.Where(e => query.Admits(e.Summary) && CatalogSearch.Matches(words, e.SearchText)).ToList();
        IEnumerable<CatalogEntry> ordered = query.Sort == CatalogSort.Title
            ? matching.OrderBy(e => e.Summary.Title, StringComparer.CurrentCultureIgnoreCase).ThenBy(e => e.Summary.StartsAtUtc).ThenBy(e => e.Summary.Id)
            : matching.OrderBy(e => e.Summary.StartsAtUtc).ThenBy(e => e.Summary.Id);
        return ([.. ordered.Skip((query.Page - 1) * query.PageSize).Take(query.PageSize).Select(e => e.Summary)], matching.Count);
    }
}

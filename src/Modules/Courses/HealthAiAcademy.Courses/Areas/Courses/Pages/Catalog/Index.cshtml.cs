using HealthAiAcademy.BuildingBlocks.Web;
using HealthAiAcademy.Courses.Contracts;
using HealthAiAcademy.Courses.Domain;
using HealthAiAcademy.Courses.Features.ListOfferings;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace HealthAiAcademy.Courses.Areas.Courses.Pages.Catalog;

[AllowAnonymous]
internal sealed class IndexModel(ListOfferingsHandler handler, TimeProvider clock) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Search { get; set; }

    [BindProperty(SupportsGet = true)]
    public OfferingKind? Kind { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Audience { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Language { get; set; }

    [BindProperty(SupportsGet = true)]
    public bool AccreditedOnly { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Topic { get; set; }

    [BindProperty(SupportsGet = true)]
    public bool UpcomingOnly { get; set; }

    [BindProperty(SupportsGet = true)]
    public CatalogSort Sort { get; set; }

    internal IReadOnlyList<string> TopicOptions { get; private set; } = [];

    [FromQuery(Name = "page")]
    public int PageNumber { get; set; } = 1;

    public static IReadOnlyList<string> AudienceOptions => Audiences.All;

    internal PagedResult<Features.ListOfferings.OfferingSummary> Result { get; private set; } = new([], 1, PageRequest.DefaultPageSize, 0);

    public int TotalPages => Math.Max(1, (int)Math.Ceiling(Result.Total / (double)Result.PageSize));

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        PageNumber = Math.Max(1, PageNumber);
        Language = Language is "nl" or "en" ? Language : null;
        TopicOptions = await handler.TopicsAsync(cancellationToken);
        Topic = Topic is { } topic && TopicOptions.Contains(topic) ? topic : null;
        Result = await handler.HandleAsync(
            new CatalogQuery(Search, Kind, Topic, PageNumber, PageRequest.DefaultPageSize, Audience, Language, AccreditedOnly ? true : null,
                UpcomingOnly ? clock.GetUtcNow().UtcDateTime : null, Sort),
            cancellationToken);
    }

    public string PageLink(int page) =>
        QueryString.Create(new Dictionary<string, string?>
        {
            ["q"] = Search, ["kind"] = Kind?.ToString(), ["audience"] = Audience, ["language"] = Language,
            ["accreditedOnly"] = AccreditedOnly ? "true" : null, ["topic"] = Topic, ["upcomingOnly"] = UpcomingOnly ? "true" : null,
            ["sort"] = Sort == CatalogSort.StartsAt ? null : Sort.ToString(), ["page"] = page.ToString(System.Globalization.CultureInfo.InvariantCulture),
        }.Where(p => p.Value is not null)).ToString();
}

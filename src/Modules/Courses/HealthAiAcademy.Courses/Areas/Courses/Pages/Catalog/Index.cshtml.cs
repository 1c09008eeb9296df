using HealthAiAcademy.BuildingBlocks.Web;
using HealthAiAcademy.Courses.Contracts;
using HealthAiAcademy.Courses.Features.ListOfferings;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.DependencyInjection;

namespace HealthAiAcademy.Courses.Areas.Courses.Pages.Catalog;

[AllowAnonymous]
public sealed class IndexModel : PageModel
{
    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Search { get; set; }

    [BindProperty(SupportsGet = true)]
    public OfferingKind? Kind { get; set; }

    [BindProperty(SupportsGet = true, Name = "page")]
    public int PageNumber { get; set; } = 1;

    internal PagedResult<OfferingSummary> Result { get; private set; } = new([], 1, PageRequest.DefaultPageSize, 0);

    public int TotalPages => Math.Max(1, (int)Math.Ceiling(Result.Total / (double)Result.PageSize));

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        PageNumber = Math.Max(1, PageNumber);
        var handler = HttpContext.RequestServices.GetRequiredService<ListOfferingsHandler>();
        Result = await handler.HandleAsync(new CatalogQuery(Search, Kind, null, PageNumber, PageRequest.DefaultPageSize), cancellationToken);
    }

    public static string KindLabel(OfferingKind kind) => kind switch
    {
        OfferingKind.ClinicianCourse => "Clinician course",
        OfferingKind.Minor => "Minor",
        OfferingKind.SummerSchool => "Summer school",
        OfferingKind.Webinar => "Webinar",
        OfferingKind.InspirationSession => "Inspiration session",
        _ => kind.ToString(),
    };
}

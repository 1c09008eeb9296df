using HealthAiAcademy.Courses.Features.GetOffering;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.DependencyInjection;

namespace HealthAiAcademy.Courses.Areas.Courses.Pages.Catalog;

[AllowAnonymous]
public sealed class OfferingModel : PageModel
{
    internal OfferingDetails Offering { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid offeringId, CancellationToken cancellationToken)
    {
        var offering = await HttpContext.RequestServices.GetRequiredService<GetOfferingHandler>().HandleAsync(offeringId, cancellationToken);
        if (offering is null)
        {
            return NotFound();
        }

        Offering = offering;
        return Page();
    }
}

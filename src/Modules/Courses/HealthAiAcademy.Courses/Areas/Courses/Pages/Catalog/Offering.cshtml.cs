using HealthAiAcademy.Courses.Features.GetOffering;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace HealthAiAcademy.Courses.Areas.Courses.Pages.Catalog;

[AllowAnonymous]
internal sealed class OfferingModel(GetOfferingHandler getOfferingHandler) : PageModel
{
    internal OfferingDetails Offering { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid offeringId, CancellationToken cancellationToken)
    {
        var offering = await getOfferingHandler.HandleAsync(offeringId, cancellationToken);
        if (offering is null)
        {
            return NotFound();
        }

        Offering = offering;
        return Page();
    }
}

using HealthAiAcademy.BuildingBlocks.Authorization;
using HealthAiAcademy.BuildingBlocks.Web;
using HealthAiAcademy.Compliance.Features.GetMyObligations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace HealthAiAcademy.Compliance.Areas.Compliance.Pages.Learning;

/// <summary>My obligations: the training the hospital requires of me for AI, what is done, what lapses soon, where to get the rest.</summary>
[Authorize(Policy = Policies.SignedIn)]
internal sealed class ObligationsModel(GetMyObligationsHandler obligations) : PageModel
{
    internal MyObligations Mine { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var outcome = await obligations.HandleAsync(cancellationToken);
        if (!outcome.IsOk)
        {
            return this.RefusalOf(outcome.Kind)!;
        }

        Mine = outcome.Value!;
        return Page();
    }
}

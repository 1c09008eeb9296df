using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace HealthAiAcademy.BuildingBlocks.Web;

/// <summary>How a page answers a use case's refusal: 404 for what the user may not know exists, 403 for what they may not do.</summary>
public static class PageOutcomes
{
    /// <returns>The page's answer to NotFound or Forbidden; null for any other outcome, which the page handles itself.</returns>
    public static IActionResult? RefusalOf(this PageModel page, OutcomeKind kind) => kind switch
    {
        OutcomeKind.NotFound => page.NotFound(),
        OutcomeKind.Forbidden => page.Forbid(),
        _ => null,
    };
}

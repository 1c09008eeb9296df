using Microsoft.AspNetCore.Http;
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

    /// <summary>
    /// Puts a refused outcome on the form: field errors under <paramref name="prefix"/>, anything else as a message at the
    /// top, and answers 409 for a conflict, 400 otherwise, so the page shows the form again with what to fix.
    /// </summary>
    public static void ShowRefusal<T>(this PageModel page, Outcome<T> outcome, string prefix = "Input")
    {
        if (outcome.Errors is { } errors)
        {
            page.ModelState.AddErrors(errors, prefix);
        }
        else
        {
            page.ModelState.AddModelError(string.Empty, outcome.Message!);
        }

        page.Response.StatusCode = outcome.Kind == OutcomeKind.Conflict ? StatusCodes.Status409Conflict : StatusCodes.Status400BadRequest;
    }
}

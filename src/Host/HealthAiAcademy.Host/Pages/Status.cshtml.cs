using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace HealthAiAcademy.Host.Pages;

/// <summary>Shown for error status codes of pages (API requests get ProblemDetails instead).</summary>
[AllowAnonymous]
[IgnoreAntiforgeryToken]
internal sealed class StatusModel : PageModel
{
    public string Title { get; private set; } = string.Empty;

    public string Explanation { get; private set; } = string.Empty;

    public void OnGet(int code) => Describe(code);

    public void OnPost(int code) => Describe(code);

    private void Describe(int code)
    {
        (Title, Explanation) = code switch
        {
            StatusCodes.Status404NotFound => ("Page not found", "There is nothing at this address, or you may not see it."),
            StatusCodes.Status403Forbidden => ("Not allowed", "Your account may not open this page."),
            StatusCodes.Status429TooManyRequests => ("Too many attempts", "Please wait a minute and try again."),
            _ => ("Something went wrong", $"The request could not be completed (status {code})."),
        };
    }
}

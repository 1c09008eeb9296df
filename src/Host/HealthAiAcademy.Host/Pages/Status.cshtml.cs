using HealthAiAcademy.Host.Resources;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace HealthAiAcademy.Host.Pages;

/// <summary>Shown for error status codes of pages (API requests get ProblemDetails instead).</summary>
[AllowAnonymous]
[IgnoreAntiforgeryToken]
internal sealed class StatusModel(IStringLocalizer<HostText> text) : PageModel
{
    public string Title { get; private set; } = string.Empty;

    public string Explanation { get; private set; } = string.Empty;

    public void OnGet(int code) => Describe(code);

    public void OnPost(int code) => Describe(code);

    private void Describe(int code)
    {
        (Title, Explanation) = code switch
        {
            StatusCodes.Status404NotFound => (text["Page not found"], text["There is nothing at this address, or you may not see it."]),
            StatusCodes.Status403Forbidden => (text["Not allowed"], text["Your account may not open this page."]),
            StatusCodes.Status429TooManyRequests => (text["Too many attempts"], text["Please wait a minute and try again."]),
            _ => (text["Something went wrong"], text["The request could not be completed (status {0}).", code]),
        };
    }
}

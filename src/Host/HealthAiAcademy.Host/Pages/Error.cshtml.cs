using System.Diagnostics;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace HealthAiAcademy.Host.Pages;

[AllowAnonymous]
[IgnoreAntiforgeryToken]
[ResponseCache(Duration = 0, Location = ResponseCacheLocation.None, NoStore = true)]
internal sealed class ErrorModel : PageModel
{
    public string RequestId { get; private set; } = string.Empty;

    /// <summary>The database stayed busy after its retries (503): nothing is wrong with the request, trying again helps.</summary>
    public bool Busy { get; private set; }

    public void OnGet()
    {
        RequestId = Activity.Current?.Id ?? HttpContext.TraceIdentifier;
        Busy = HttpContext.Response.StatusCode == StatusCodes.Status503ServiceUnavailable;
    }

    public void OnPost() => OnGet();
}

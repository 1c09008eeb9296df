using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace HealthAiAcademy.Host.Pages.Account;

/// <summary>The one answer after registering, asking for a reset or changing address: it never says whether an account exists.</summary>
[AllowAnonymous]
internal sealed class CheckEmailModel : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Reason { get; set; }

    public void OnGet()
    {
    }
}

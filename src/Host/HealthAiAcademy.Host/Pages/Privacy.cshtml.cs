using HealthAiAcademy.BuildingBlocks.Privacy;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace HealthAiAcademy.Host.Pages;

/// <summary>What the academy keeps about people, why and for how long, with the numbers the retention sweep applies.</summary>
[AllowAnonymous]
internal sealed class PrivacyModel(IConfiguration configuration) : PageModel
{
    public PrivacyOptions Retention { get; } = PrivacyOptions.From(configuration);

    public void OnGet()
    {
    }
}

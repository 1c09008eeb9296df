using HealthAiAcademy.BuildingBlocks.Web;
using HealthAiAcademy.Certification.Features.Verify;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.DependencyInjection;

namespace HealthAiAcademy.Certification.Areas.Certification.Pages.Verify;

/// <summary>The public verification page the QR code leads to; an unknown code is a plain 404.</summary>
[AllowAnonymous]
[EnableRateLimiting(RateLimitPolicies.Verification)]
public sealed class IndexModel : PageModel
{
    internal Verification Result { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string code, CancellationToken cancellationToken)
    {
        if (await HttpContext.RequestServices.GetRequiredService<VerificationQuery>().FindAsync(code, cancellationToken) is not { } found)
        {
            return NotFound();
        }

        Result = found;
        return Page();
    }
}

using HealthAiAcademy.BuildingBlocks.Web;
using HealthAiAcademy.Certification.Features.VerifyCertificate;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace HealthAiAcademy.Certification.Areas.Certification.Pages.Verify;

/// <summary>The public verification page the QR code leads to; an unknown code is a plain 404.</summary>
[AllowAnonymous]
[EnableRateLimiting(RateLimitPolicies.Verification)]
internal sealed class IndexModel(VerificationQuery verificationQuery) : PageModel
{
    internal Verification Result { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string code, CancellationToken cancellationToken)
    {
        if (await verificationQuery.FindAsync(code, cancellationToken) is not { } found)
        {
            return NotFound();
        }

        Result = found;
        return Page();
    }
}

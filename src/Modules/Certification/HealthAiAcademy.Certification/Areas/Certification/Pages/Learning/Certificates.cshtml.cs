using HealthAiAcademy.BuildingBlocks.Authorization;
using HealthAiAcademy.Certification.Features.MyCertificates;
using HealthAiAcademy.Certification.Features.Shared;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.DependencyInjection;

namespace HealthAiAcademy.Certification.Areas.Certification.Pages.Learning;

/// <summary>My certificates: download, share the verification link, and the CPD points per registry per year.</summary>
[Authorize(Policy = Policies.SignedIn)]
public sealed class CertificatesModel : PageModel
{
    internal IReadOnlyList<CertificateView> Certificates { get; private set; } = [];

    internal IReadOnlyList<CpdLine> Cpd { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var query = HttpContext.RequestServices.GetRequiredService<MyCertificatesQuery>();
        Certificates = await query.ListAsync(cancellationToken);
        Cpd = await query.CpdSummaryAsync(cancellationToken);
    }
}

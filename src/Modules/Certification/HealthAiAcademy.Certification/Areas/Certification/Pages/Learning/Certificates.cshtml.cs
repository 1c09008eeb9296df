using HealthAiAcademy.BuildingBlocks.Authorization;
using HealthAiAcademy.Certification.Features.MyCertificates;
using HealthAiAcademy.Certification.Features.Shared;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace HealthAiAcademy.Certification.Areas.Certification.Pages.Learning;

/// <summary>My certificates: download, share the verification link, and the CPD points per registry per year.</summary>
[Authorize(Policy = Policies.SignedIn)]
internal sealed class CertificatesModel(MyCertificatesQuery myCertificatesQuery) : PageModel
{
    internal IReadOnlyList<CertificateView> Certificates { get; private set; } = [];

    internal IReadOnlyList<CpdLine> Cpd { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var query = myCertificatesQuery;
        Certificates = await query.ListAsync(cancellationToken);
        Cpd = await query.CpdSummaryAsync(cancellationToken);
    }
}

using HealthAiAcademy.BuildingBlocks.Authorization;
using HealthAiAcademy.Certification.Features.GetCpdSummary;
using HealthAiAcademy.Certification.Features.ListMyCertificates;
using HealthAiAcademy.Certification.Features.Shared;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace HealthAiAcademy.Certification.Areas.Certification.Pages.Learning;

/// <summary>My certificates: download, share the verification link, and the CPD points per registry per year.</summary>
[Authorize(Policy = Policies.SignedIn)]
internal sealed class CertificatesModel(ListMyCertificatesHandler myCertificates, GetCpdSummaryHandler cpdSummary) : PageModel
{
    internal IReadOnlyList<CertificateView> Certificates { get; private set; } = [];

    internal IReadOnlyList<CpdLine> Cpd { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Certificates = await myCertificates.HandleAsync(cancellationToken);
        Cpd = await cpdSummary.HandleAsync(cancellationToken);
    }
}

using HealthAiAcademy.BuildingBlocks.Authorization;
using HealthAiAcademy.BuildingBlocks.Web;
using HealthAiAcademy.Certification.Features.ListOfferingCertificates;
using HealthAiAcademy.Certification.Features.ReissueCertificate;
using HealthAiAcademy.Certification.Features.RevokeCertificate;
using HealthAiAcademy.Certification.Features.StartBulkIssue;
using HealthAiAcademy.Certification.Resources;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace HealthAiAcademy.Certification.Areas.Certification.Pages.Manage;

/// <summary>An offering's certificates for coordinators: issue all (with progress), revoke, reissue, download as ZIP.</summary>
[Authorize(Policy = Policies.Coordinators)]
internal sealed class CertificatesModel(
    ListOfferingCertificatesHandler certificates, StartBulkIssueHandler startBulkIssue, RevokeCertificateHandler revoke, ReissueCertificateHandler reissue, IStringLocalizer<CertificationText> text)
    : PageModel
{
    [BindProperty]
    public string? Reason { get; set; }

    [TempData]
    public string? Notice { get; set; }

    public string? Problem { get; private set; }

    internal OfferingCertificates Offering { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid offeringId, CancellationToken cancellationToken) =>
        await LoadAsync(offeringId, cancellationToken) ?? Page();

    public async Task<IActionResult> OnPostIssueAsync(Guid offeringId, bool regenerate, CancellationToken cancellationToken)
    {
        var outcome = await startBulkIssue.HandleAsync(offeringId, regenerate, cancellationToken);
        return await AfterAsync(offeringId, outcome.IsOk, outcome.Kind, outcome.Message, text["The certificates are being issued; progress is shown below."], cancellationToken);
    }

    public async Task<IActionResult> OnPostRevokeAsync(Guid offeringId, Guid certificateId, CancellationToken cancellationToken)
    {
        var outcome = await revoke.HandleAsync(certificateId, new RevokeRequest(Reason), cancellationToken);
        var message = outcome.Kind == OutcomeKind.Invalid ? text["Give a reason for the revocation; it is shown on the verification page."] : outcome.Message;
        return await AfterAsync(offeringId, outcome.IsOk, outcome.Kind, message, text["The certificate is revoked."], cancellationToken);
    }

    public async Task<IActionResult> OnPostReissueAsync(Guid offeringId, Guid certificateId, CancellationToken cancellationToken)
    {
        var outcome = await reissue.HandleAsync(certificateId, cancellationToken);
        return await AfterAsync(offeringId, outcome.IsOk, outcome.Kind, outcome.Message,
            outcome.IsOk ? text["Reissued as {0}; the old certificate now verifies as superseded.", outcome.Value!.Number] : "", cancellationToken);
    }

    private async Task<IActionResult> AfterAsync(Guid offeringId, bool ok, OutcomeKind kind, string? problem, string notice, CancellationToken cancellationToken)
    {
        if (ok)
        {
            Notice = notice;
            return Redirect($"/manage/offerings/{offeringId}/certificates");
        }

        if (kind == OutcomeKind.NotFound)
        {
            return NotFound();
        }

        Problem = problem;
        return await LoadAsync(offeringId, cancellationToken) ?? Page();
    }

    private async Task<IActionResult?> LoadAsync(Guid offeringId, CancellationToken cancellationToken)
    {
        var outcome = await certificates.HandleAsync(offeringId, cancellationToken);
        if (!outcome.IsOk)
        {
            return NotFound();
        }

        Offering = outcome.Value!;
        return null;
    }
}

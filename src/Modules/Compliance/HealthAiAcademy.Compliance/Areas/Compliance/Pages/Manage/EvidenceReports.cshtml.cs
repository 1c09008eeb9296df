using System.Security.Cryptography;
using HealthAiAcademy.BuildingBlocks.Authorization;
using HealthAiAcademy.BuildingBlocks.Web;
using HealthAiAcademy.Compliance.Features.IssueEvidenceReport;
using HealthAiAcademy.Compliance.Features.ListEvidenceReports;
using HealthAiAcademy.Compliance.Features.ListOrganisation;
using HealthAiAcademy.Compliance.Features.Shared;
using HealthAiAcademy.Compliance.Resources;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace HealthAiAcademy.Compliance.Areas.Compliance.Pages.Manage;

/// <summary>AI-literacy evidence reports: issue one for a unit or the hospital at a date, find the ones issued, and check a copy an auditor was given.</summary>
[Authorize(Policy = Policies.Coordinators)]
internal sealed class EvidenceReportsModel(
    IssueEvidenceReportHandler issue, ListEvidenceReportsHandler reports, ListOrganisationHandler organisation, IStringLocalizer<ComplianceText> text, TimeProvider clock)
    : PageModel
{
    [TempData]
    public string? Notice { get; set; }

    [BindProperty]
    public ReportInput Input { get; set; } = new();

    [BindProperty]
    public IFormFile? Copy { get; set; }

    /// <summary>The answer to a check: the reports issued with the copy's content, none when it matches nothing; null when nothing was checked.</summary>
    internal IReadOnlyList<EvidenceReportView>? Matches { get; private set; }

    internal string? CheckedSha256 { get; private set; }

    internal IReadOnlyList<EvidenceReportView> Reports { get; private set; } = [];

    internal IReadOnlyList<UnitView> Units { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid? unitId, CancellationToken cancellationToken)
    {
        Input.UnitId ??= unitId;
        Input.AsOf ??= BuildingBlocks.Time.AcademyTime.DateOf(clock.GetUtcNow().UtcDateTime);
        return await PageAsync(cancellationToken);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var outcome = await issue.HandleAsync(new IssueEvidenceReportRequest(Input.UnitId, Input.AsOf), cancellationToken);
        if (outcome.IsOk)
        {
            Notice = text["The report for {0} as of {1} is issued; its content's SHA-256 is {2}.", outcome.Value!.Scope,
                outcome.Value.AsOf.ToString("d MMMM yyyy", System.Globalization.CultureInfo.CurrentCulture), outcome.Value.ContentSha256];
            return RedirectToPage();
        }

        if (this.RefusalOf(outcome.Kind) is { } refused)
        {
            return refused;
        }

        this.ShowRefusal(outcome);
        return await PageAsync(cancellationToken);
    }

    public async Task<IActionResult> OnPostCheckAsync(CancellationToken cancellationToken)
    {
        if (Copy is not { Length: > 0 })
        {
            ModelState.AddModelError(nameof(Copy), text["Choose the PDF or CSV file to check."]);
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return await PageAsync(cancellationToken);
        }

        await using var stream = Copy.OpenReadStream();
        CheckedSha256 = Convert.ToHexStringLower(await SHA256.HashDataAsync(stream, cancellationToken));
        var outcome = await reports.HandleAsync(CheckedSha256, cancellationToken);
        if (!outcome.IsOk)
        {
            return this.RefusalOf(outcome.Kind)!;
        }

        Matches = outcome.Value;
        return await PageAsync(cancellationToken);
    }

    private async Task<IActionResult> PageAsync(CancellationToken cancellationToken)
    {
        var outcome = await reports.HandleAsync(null, cancellationToken);
        if (!outcome.IsOk)
        {
            return this.RefusalOf(outcome.Kind)!;
        }

        Reports = outcome.Value!;
        Units = (await organisation.HandleAsync(cancellationToken)).Value?.Units ?? [];
        return Page();
    }

    public sealed class ReportInput
    {
        public Guid? UnitId { get; set; }

        public DateOnly? AsOf { get; set; }
    }
}

using HealthAiAcademy.BuildingBlocks.Authorization;
using HealthAiAcademy.BuildingBlocks.Web;
using HealthAiAcademy.Courses.Contracts;
using HealthAiAcademy.Enrollment.Domain;
using HealthAiAcademy.Enrollment.Features.GetEvaluation;
using HealthAiAcademy.Enrollment.Features.GetEvaluationReport;
using HealthAiAcademy.Enrollment.Features.SetUpEvaluation;
using HealthAiAcademy.Enrollment.Features.Shared;
using HealthAiAcademy.Enrollment.Resources;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace HealthAiAcademy.Enrollment.Areas.Enrollment.Pages.Manage;

/// <summary>The offering's course evaluation: coordinators set it up (from the standard one); its staff read the report.</summary>
[Authorize(Policy = Policies.Staff)]
internal sealed class EvaluationModel(
    GetEvaluationHandler evaluation, GetEvaluationReportHandler report, SetUpEvaluationHandler setUp, ICourseCatalog catalog, OfferingStaff staff,
    IStringLocalizer<EnrollmentText> text) : PageModel
{
    [BindProperty]
    public string? Statements { get; set; }

    [BindProperty]
    public string? Questions { get; set; }

    [BindProperty]
    public bool RequiredForCertificate { get; set; }

    [TempData]
    public string? Notice { get; set; }

    public string? Problem { get; private set; }

    public bool IsCoordinator => staff.IsCoordinator;

    internal OfferingOutline Offering { get; private set; } = null!;

    internal EvaluationView? Evaluation { get; private set; }

    internal EvaluationReport? Report { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid offeringId, CancellationToken cancellationToken)
    {
        var missing = await LoadAsync(offeringId, cancellationToken);
        if (missing is null && Evaluation is not null)
        {
            Statements = string.Join('\n', Evaluation.Items.Where(i => i.Kind == EvaluationItemKind.Likert).Select(i => i.Text));
            Questions = string.Join('\n', Evaluation.Items.Where(i => i.Kind == EvaluationItemKind.Open).Select(i => i.Text));
            RequiredForCertificate = Evaluation.RequiredForCertificate;
        }

        return missing ?? Page();
    }

    public Task<IActionResult> OnPostSaveAsync(Guid offeringId, CancellationToken cancellationToken) =>
        SaveAsync(offeringId, new SetUpEvaluationRequest(
            [.. Lines(Statements).Select(t => new EvaluationItemRequest(EvaluationItemKind.Likert, t)), .. Lines(Questions).Select(t => new EvaluationItemRequest(EvaluationItemKind.Open, t))],
            RequiredForCertificate, UseStandardTemplate: false), cancellationToken);

    public Task<IActionResult> OnPostStandardAsync(Guid offeringId, CancellationToken cancellationToken) =>
        SaveAsync(offeringId, new SetUpEvaluationRequest(null, RequiredForCertificate, UseStandardTemplate: true), cancellationToken);

    private async Task<IActionResult> SaveAsync(Guid offeringId, SetUpEvaluationRequest request, CancellationToken cancellationToken)
    {
        var outcome = await setUp.HandleAsync(offeringId, request, cancellationToken);
        if (outcome.IsOk)
        {
            Notice = text["The evaluation is saved."];
            return Redirect($"/manage/offerings/{offeringId}/evaluation");
        }

        if (outcome.Kind == OutcomeKind.NotFound)
        {
            return NotFound();
        }

        if (outcome.Kind == OutcomeKind.Forbidden)
        {
            return Forbid();
        }

        Problem = outcome.Message ?? string.Join(" ", outcome.Errors!.ToDictionary().SelectMany(e => e.Value).Distinct());
        return await LoadAsync(offeringId, cancellationToken) ?? Page();
    }

    private async Task<IActionResult?> LoadAsync(Guid offeringId, CancellationToken cancellationToken)
    {
        var offering = await catalog.GetOfferingAsync(offeringId, cancellationToken);
        if (offering is null || !staff.IsStaffOf(offering))
        {
            return NotFound();
        }

        Offering = offering;
        var current = await evaluation.HandleAsync(offeringId, cancellationToken);
        Evaluation = current.IsOk ? current.Value : null;
        Report = Evaluation is null ? null : (await report.HandleAsync(offeringId, cancellationToken)).Value;
        return null;
    }

    private static List<string> Lines(string? text) =>
        [.. (text ?? string.Empty).Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)];
}

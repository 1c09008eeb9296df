using HealthAiAcademy.Assessment.Features.GetSubmissionForMarking;
using HealthAiAcademy.Assessment.Features.GradeSubmission;
using HealthAiAcademy.Assessment.Features.ReleaseGrades;
using HealthAiAcademy.Assessment.Features.Shared;
using HealthAiAcademy.BuildingBlocks.Authorization;
using HealthAiAcademy.BuildingBlocks.Web;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using HealthAiAcademy.Assessment.Resources;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace HealthAiAcademy.Assessment.Areas.Assessment.Pages.Grading;

/// <summary>Grading one hand-in with the rubric (or points) and feedback; releasing the assessment's grades.</summary>
[Authorize(Policy = Policies.Staff)]
internal sealed class SubmissionModel(
    GradeSubmissionHandler grade, ReleaseGradesHandler release, GetSubmissionForMarkingHandler getSubmission, IStringLocalizer<AssessmentText> text) : PageModel
{
    [BindProperty]
    public Dictionary<Guid, int> Levels { get; set; } = [];

    [BindProperty]
    public double? Points { get; set; }

    [BindProperty]
    public string? Feedback { get; set; }

    [BindProperty]
    public string? Reason { get; set; }

    [TempData]
    public string? Notice { get; set; }

    public string? Problem { get; private set; }

    internal SubmissionForMarking Submission { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid submissionId, CancellationToken cancellationToken)
    {
        var result = await LoadAsync(submissionId, cancellationToken);
        if (result is null)
        {
            Levels = Submission.RubricScores.ToDictionary(r => r.CriterionId, r => r.LevelIndex);
            Points = Submission.Points;
            Feedback = Submission.Feedback;
        }

        return result ?? Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid submissionId, CancellationToken cancellationToken)
    {
        var request = new GradeRequest(
            Levels.Count == 0 ? null : [.. Levels.Select(l => new RubricChoiceRequest(l.Key, l.Value))],
            Levels.Count == 0 ? Points : null, Feedback, Reason);
        var outcome = await grade.HandleAsync(submissionId, request, cancellationToken);
        if (outcome.IsOk)
        {
            Notice = outcome.Value!.Item.State == Domain.GradeState.Released
                ? text["The grade is saved and visible to the participant."]
                : text["The grade is saved as a draft; release it when marking is done."];
            return Redirect($"/grading/submissions/{submissionId}");
        }

        return await RefuseAsync(submissionId, outcome.Kind, outcome.Errors, outcome.Message, cancellationToken);
    }

    public async Task<IActionResult> OnPostReleaseAsync(Guid submissionId, Guid assessmentId, CancellationToken cancellationToken)
    {
        var outcome = await release.HandleAsync(assessmentId, cancellationToken);
        if (outcome.IsOk)
        {
            Notice = text["{0} grade(s) released; {1} hand-in(s) still to grade.", outcome.Value!.Released, outcome.Value.StillUngraded];
            return Redirect($"/grading/submissions/{submissionId}");
        }

        return await RefuseAsync(submissionId, outcome.Kind, null, outcome.Message, cancellationToken);
    }

    private async Task<IActionResult> RefuseAsync(Guid submissionId, OutcomeKind kind, ValidationErrors? errors, string? message, CancellationToken cancellationToken)
    {
        if (this.RefusalOf(kind) is { } refusal)
        {
            return refusal;
        }

        if (errors is not null)
        {
            ModelState.AddErrors(errors, prefix: "Grade");
        }

        Problem = message ?? text["The grade is not saved: see the messages below."];
        return await LoadAsync(submissionId, cancellationToken) ?? Page();
    }

    private async Task<IActionResult?> LoadAsync(Guid submissionId, CancellationToken cancellationToken)
    {
        var outcome = await getSubmission.HandleAsync(submissionId, cancellationToken);
        if (this.RefusalOf(outcome.Kind) is { } refusal)
        {
            return refusal;
        }

        Submission = outcome.Value!;
        return null;
    }
}

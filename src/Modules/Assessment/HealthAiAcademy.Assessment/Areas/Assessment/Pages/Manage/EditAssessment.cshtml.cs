using System.Globalization;
using HealthAiAcademy.Assessment.Features.GetAssessment;
using HealthAiAcademy.Assessment.Features.ListQuestionBank;
using HealthAiAcademy.Assessment.Features.Shared;
using HealthAiAcademy.Assessment.Features.UpdateAssessment;
using HealthAiAcademy.BuildingBlocks.Authorization;
using HealthAiAcademy.BuildingBlocks.Time;
using HealthAiAcademy.BuildingBlocks.Web;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace HealthAiAcademy.Assessment.Areas.Assessment.Pages.Manage;

/// <summary>Changing an assessment's settings; questions, rubric and points only until work is handed in.</summary>
[Authorize(Policy = Policies.Staff)]
internal sealed class EditAssessmentModel(GetAssessmentHandler getAssessment, UpdateAssessmentHandler updateAssessment, ListQuestionBankHandler questionBank) : PageModel
{
    [BindProperty]
    public AssessmentForm Input { get; set; } = new();

    public Guid OfferingId { get; private set; }

    public string? Problem { get; private set; }

    internal IReadOnlyList<QuestionView> Bank { get; private set; } = [];

    public AssessmentFieldsForm Fields => new() { Input = Input, OfferingId = OfferingId, Bank = Bank, IsEdit = true };

    public async Task<IActionResult> OnGetAsync(Guid assessmentId, CancellationToken cancellationToken)
    {
        var assessment = await getAssessment.HandleAsync(assessmentId, cancellationToken);
        if (this.RefusalOf(assessment.Kind) is { } refusal)
        {
            return refusal;
        }

        Input = ToForm(assessment.Value!);
        return await LoadAsync(assessment.Value!.OfferingId, cancellationToken) ?? Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid assessmentId, CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors();
        var request = Input.ToRequest(errors) with { Kind = null };
        var outcome = errors.IsValid ? await updateAssessment.HandleAsync(assessmentId, request, cancellationToken) : Outcome<AssessmentView>.Invalid(errors);
        if (outcome.IsOk)
        {
            return Redirect($"/manage/offerings/{outcome.Value!.OfferingId}/gradebook");
        }

        if (this.RefusalOf(outcome.Kind) is { } refusal)
        {
            return refusal;
        }

        if (outcome.Kind == OutcomeKind.Invalid)
        {
            ModelState.AddErrors(outcome.Errors!);
        }
        else
        {
            Problem = outcome.Message;
        }

        var current = await getAssessment.HandleAsync(assessmentId, cancellationToken);
        Input.Kind = current.Value!.Kind.ToString();
        return await LoadAsync(current.Value.OfferingId, cancellationToken) ?? Page();
    }

    private async Task<IActionResult?> LoadAsync(Guid offeringId, CancellationToken cancellationToken)
    {
        OfferingId = offeringId;
        var bank = await questionBank.HandleAsync(offeringId, cancellationToken);
        if (this.RefusalOf(bank.Kind) is { } refusal)
        {
            return refusal;
        }

        Bank = bank.Value!;
        return null;
    }

    private static AssessmentForm ToForm(AssessmentView a) => new()
    {
        Title = a.Title,
        Kind = a.Kind.ToString(),
        Instructions = a.Instructions,
        Weight = a.Weight,
        PassMarkPercent = a.PassMarkPercent,
        Due = a.DueAtUtc is { } due ? AcademyTime.ToLocal(due).ToString("yyyy-MM-ddTHH:mm", CultureInfo.InvariantCulture) : null,
        LatePolicy = a.LatePolicy.ToString(),
        LatePenaltyPercentPerDay = a.LatePenaltyPercentPerDay,
        LatePenaltyCapPercent = a.LatePenaltyCapPercent,
        QuestionIds = [.. a.QuestionIds],
        MaxAttempts = a.MaxAttempts,
        TimeLimitMinutes = a.TimeLimitMinutes,
        CountedAttempt = a.CountedAttempt.ToString(),
        Feedback = a.Feedback.ToString(),
        AcceptsText = a.AcceptsText,
        AcceptsFile = a.AcceptsFile,
        AllowedFileExtensions = string.Join(", ", a.AllowedFileExtensions),
        MaxFileKilobytes = a.MaxFileKilobytes,
        BlindMarking = a.BlindMarking,
        RequiredForCompletion = a.RequiredForCompletion,
        MaxPoints = a.Rubric.Count == 0 ? a.AvailablePoints : 10,
        Rubric = string.Join("\n", a.Rubric.Select(c =>
            $"{c.Title}: {string.Join("; ", c.Levels.Select(l => $"{l.Label}={l.Points.ToString(CultureInfo.InvariantCulture)}"))}")),
    };
}

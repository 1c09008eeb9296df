using HealthAiAcademy.Assessment.Features.ListAssessments;
using HealthAiAcademy.Assessment.Features.Shared;
using HealthAiAcademy.Assessment.Features.StartQuizAttempt;
using HealthAiAcademy.BuildingBlocks.Authorization;
using HealthAiAcademy.BuildingBlocks.Web;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace HealthAiAcademy.Assessment.Areas.Assessment.Pages.Learning;

/// <summary>A participant's assessments in one offering: what is due, quizzes to start, work to hand in, released grades.</summary>
[Authorize(Policy = Policies.SignedIn)]
internal sealed class AssessmentsModel(StartQuizAttemptHandler startAttempt, ListAssessmentsHandler listAssessments) : PageModel
{
    public Guid OfferingId { get; private set; }

    public string? Problem { get; private set; }

    internal IReadOnlyList<AssessmentView> Assessments { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid offeringId, CancellationToken cancellationToken) =>
        await LoadAsync(offeringId, cancellationToken) ?? Page();

    public async Task<IActionResult> OnPostStartAsync(Guid offeringId, Guid assessmentId, CancellationToken cancellationToken)
    {
        var started = await startAttempt.HandleAsync(assessmentId, cancellationToken);
        if (started.IsOk)
        {
            return Redirect($"/learning/attempts/{started.Value.Attempt.Id}");
        }

        if (this.RefusalOf(started.Kind) is { } refusal)
        {
            return refusal;
        }

        Problem = started.Message;
        Response.StatusCode = started.Kind == OutcomeKind.Conflict ? StatusCodes.Status409Conflict : StatusCodes.Status400BadRequest;
        return await LoadAsync(offeringId, cancellationToken) ?? Page();
    }

    private async Task<IActionResult?> LoadAsync(Guid offeringId, CancellationToken cancellationToken)
    {
        OfferingId = offeringId;
        var list = await listAssessments.HandleAsync(offeringId, cancellationToken);
        if (!list.IsOk)
        {
            return NotFound();
        }

        Assessments = list.Value!;
        return null;
    }
}

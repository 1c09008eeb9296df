using HealthAiAcademy.Assessment.Features.GetQuizAttempt;
using HealthAiAcademy.Assessment.Features.Shared;
using HealthAiAcademy.Assessment.Features.SubmitQuizAttempt;
using HealthAiAcademy.BuildingBlocks.Authorization;
using HealthAiAcademy.BuildingBlocks.Web;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace HealthAiAcademy.Assessment.Areas.Assessment.Pages.Learning;

/// <summary>Taking one quiz attempt, then its result and (when due) the feedback per question.</summary>
[Authorize(Policy = Policies.SignedIn)]
internal sealed class AttemptModel(SubmitQuizAttemptHandler submitAttempt, GetQuizAttemptHandler getAttempt) : PageModel
{
    [BindProperty]
    public List<AnswerInput> Answers { get; set; } = [];

    public string? Problem { get; private set; }

    internal AttemptView Attempt { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid attemptId, CancellationToken cancellationToken) =>
        await LoadAsync(attemptId, cancellationToken) ?? Page();

    public async Task<IActionResult> OnPostAsync(Guid attemptId, CancellationToken cancellationToken)
    {
        var request = new SubmitAttemptRequest([.. Answers.Select(a => new AnswerRequest(a.QuestionId, a.Choices, a.Boolean, a.Number, a.Text))]);
        var outcome = await submitAttempt.HandleAsync(attemptId, request, cancellationToken);
        if (outcome.IsOk)
        {
            return Redirect($"/learning/attempts/{attemptId}");
        }

        Problem = outcome.Kind == OutcomeKind.Invalid
            ? string.Join(" ", outcome.Errors!.ToDictionary().SelectMany(e => e.Value))
            : outcome.Message;
        return await LoadAsync(attemptId, cancellationToken) ?? Page();
    }

    private async Task<IActionResult?> LoadAsync(Guid attemptId, CancellationToken cancellationToken)
    {
        var attempt = await getAttempt.HandleAsync(attemptId, cancellationToken);
        if (!attempt.IsOk)
        {
            return NotFound();
        }

        Attempt = attempt.Value!;
        return null;
    }

    public sealed class AnswerInput
    {
        public Guid QuestionId { get; set; }

        public List<int> Choices { get; set; } = [];

        public bool? Boolean { get; set; }

        public double? Number { get; set; }

        public string? Text { get; set; }
    }
}

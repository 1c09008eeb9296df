using HealthAiAcademy.BuildingBlocks.Authorization;
using HealthAiAcademy.BuildingBlocks.Web;
using HealthAiAcademy.Enrollment.Features.AnswerEvaluation;
using HealthAiAcademy.Enrollment.Features.GetEvaluationForm;
using HealthAiAcademy.Enrollment.Resources;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace HealthAiAcademy.Enrollment.Areas.Enrollment.Pages.Learning;

/// <summary>The participant answers the course evaluation: a 1-to-5 choice per statement, free text per question, once.</summary>
[Authorize(Policy = Policies.SignedIn)]
internal sealed class EvaluationModel(GetEvaluationFormHandler form, AnswerEvaluationHandler answer, IStringLocalizer<EnrollmentText> text) : PageModel
{
    internal EvaluationForm Evaluation { get; private set; } = null!;

    /// <summary>What was chosen or written, by item id, kept when the form comes back with messages.</summary>
    [BindProperty]
    public Dictionary<Guid, string?> Answers { get; set; } = [];

    [TempData]
    public string? Notice { get; set; }

    public string? Problem { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid offeringId, CancellationToken cancellationToken) =>
        await LoadAsync(offeringId, cancellationToken) ?? Page();

    public async Task<IActionResult> OnPostAsync(Guid offeringId, CancellationToken cancellationToken)
    {
        var request = new AnswerEvaluationRequest([.. Answers.Select(a => new EvaluationAnswerRequest(a.Key, int.TryParse(a.Value, out var score) ? score : null, a.Value))]);
        var outcome = await answer.HandleAsync(offeringId, request, cancellationToken);
        if (outcome.IsOk)
        {
            Notice = outcome.Value!.Completed
                ? text["Thank you for your evaluation. You have completed the course; your certificate is being issued."]
                : text["Thank you for your evaluation."];
            return Redirect("/learning");
        }

        if (outcome.Kind == OutcomeKind.NotFound)
        {
            return NotFound();
        }

        if (outcome.Kind == OutcomeKind.Invalid)
        {
            foreach (var (field, messages) in outcome.Errors!.ToDictionary())
            {
                foreach (var message in messages)
                {
                    ModelState.AddModelError(field, message);
                }
            }
        }
        else
        {
            Problem = outcome.Message;
        }

        return await LoadAsync(offeringId, cancellationToken) ?? Page();
    }

    private async Task<IActionResult?> LoadAsync(Guid offeringId, CancellationToken cancellationToken)
    {
        var outcome = await form.HandleAsync(offeringId, cancellationToken);
        if (!outcome.IsOk)
        {
            return NotFound();
        }

        Evaluation = outcome.Value!;
        return null;
    }
}

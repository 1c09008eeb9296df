using HealthAiAcademy.Assessment.Features.DeleteQuestion;
using HealthAiAcademy.Assessment.Features.EditQuestion;
using HealthAiAcademy.Assessment.Features.ListQuestionBank;
using HealthAiAcademy.Assessment.Features.Shared;
using HealthAiAcademy.Assessment.Resources;
using HealthAiAcademy.BuildingBlocks.Authorization;
using HealthAiAcademy.BuildingBlocks.Web;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace HealthAiAcademy.Assessment.Areas.Assessment.Pages.Manage;

/// <summary>Changing or deleting one bank question, refused with the reason once quizzes ask it or attempts answered it.</summary>
[Authorize(Policy = Policies.Staff)]
internal sealed class EditQuestionModel(ListQuestionBankHandler bank, EditQuestionHandler edit, DeleteQuestionHandler delete, IStringLocalizer<AssessmentText> text) : PageModel
{
    [BindProperty]
    public QuestionForm Input { get; set; } = new();

    public Guid OfferingId { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid offeringId, Guid questionId, CancellationToken cancellationToken)
    {
        var (question, refusal) = await LoadAsync(offeringId, questionId, cancellationToken);
        if (question is null)
        {
            return refusal!;
        }

        Input = QuestionForm.From(question);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid offeringId, Guid questionId, CancellationToken cancellationToken) =>
        await AnswerAsync(offeringId, questionId, await edit.HandleAsync(offeringId, questionId, Input.ToRequest(), cancellationToken), text["The question is saved."], cancellationToken);

    public async Task<IActionResult> OnPostDeleteAsync(Guid offeringId, Guid questionId, CancellationToken cancellationToken) =>
        await AnswerAsync(offeringId, questionId, await delete.HandleAsync(offeringId, questionId, cancellationToken), text["The question is deleted."], cancellationToken);

    private async Task<IActionResult> AnswerAsync<T>(Guid offeringId, Guid questionId, Outcome<T> outcome, string done, CancellationToken cancellationToken)
    {
        if (outcome.IsOk)
        {
            TempData["Notice"] = done;
            return Redirect($"/manage/offerings/{offeringId}/questions");
        }

        if (this.RefusalOf(outcome.Kind) is { } refusal && outcome.Kind is not (OutcomeKind.Conflict or OutcomeKind.Invalid))
        {
            return refusal;
        }

        this.ShowRefusal(outcome);
        var (_, missing) = await LoadAsync(offeringId, questionId, cancellationToken);
        return missing ?? Page();
    }

    private async Task<(QuestionView? Question, IActionResult? Refusal)> LoadAsync(Guid offeringId, Guid questionId, CancellationToken cancellationToken)
    {
        OfferingId = offeringId;
        var questions = await bank.HandleAsync(offeringId, cancellationToken);
        if (this.RefusalOf(questions.Kind) is { } refusal)
        {
            return (null, refusal);
        }

        return questions.Value!.SingleOrDefault(q => q.Id == questionId) is { } question ? (question, null) : (null, NotFound());
    }
}

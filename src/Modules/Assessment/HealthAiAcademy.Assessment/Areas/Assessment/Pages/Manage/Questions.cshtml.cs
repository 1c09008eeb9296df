using HealthAiAcademy.Assessment.Features.AddQuestion;
using HealthAiAcademy.Assessment.Features.ListQuestionBank;
using HealthAiAcademy.Assessment.Features.Shared;
using HealthAiAcademy.BuildingBlocks.Authorization;
using HealthAiAcademy.BuildingBlocks.Web;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using HealthAiAcademy.Assessment.Resources;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace HealthAiAcademy.Assessment.Areas.Assessment.Pages.Manage;

/// <summary>The question bank of the offering's course, with a form to add questions.</summary>
[Authorize(Policy = Policies.Staff)]
internal sealed class QuestionsModel(AddQuestionHandler addQuestion, ListQuestionBankHandler questionBank, IStringLocalizer<AssessmentText> text) : PageModel
{
    [BindProperty]
    public QuestionForm Input { get; set; } = new();

    [TempData]
    public string? Notice { get; set; }

    public Guid OfferingId { get; private set; }

    internal IReadOnlyList<QuestionView> Bank { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid offeringId, CancellationToken cancellationToken) =>
        await LoadAsync(offeringId, cancellationToken) ?? Page();

    public async Task<IActionResult> OnPostAsync(Guid offeringId, CancellationToken cancellationToken)
    {
        var outcome = await addQuestion.HandleAsync(offeringId, Input.ToRequest(), cancellationToken);
        if (outcome.IsOk)
        {
            Notice = text["The question is added to the bank."];
            return Redirect($"/manage/offerings/{offeringId}/questions");
        }

        if (outcome.Kind == OutcomeKind.Invalid)
        {
            ModelState.AddErrors(outcome.Errors!);
        }

        return await LoadAsync(offeringId, cancellationToken) ?? Page();
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
}

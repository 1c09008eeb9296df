using HealthAiAcademy.Assessment.Features.CreateAssessment;
using HealthAiAcademy.Assessment.Features.ListQuestionBank;
using HealthAiAcademy.Assessment.Features.Shared;
using HealthAiAcademy.BuildingBlocks.Authorization;
using HealthAiAcademy.BuildingBlocks.Web;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace HealthAiAcademy.Assessment.Areas.Assessment.Pages.Manage;

/// <summary>Staff add a quiz (questions picked from the course's bank) or an assignment (rubric or points) to an offering.</summary>
[Authorize(Policy = Policies.Staff)]
internal sealed class NewAssessmentModel(CreateAssessmentHandler createAssessment, ListQuestionBankHandler questionBank) : PageModel
{
    [BindProperty]
    public AssessmentForm Input { get; set; } = new();

    public Guid OfferingId { get; private set; }

    public string? Problem { get; private set; }

    internal IReadOnlyList<QuestionView> Bank { get; private set; } = [];

    public AssessmentFieldsForm Fields => new() { Input = Input, OfferingId = OfferingId, Bank = Bank };

    public async Task<IActionResult> OnGetAsync(Guid offeringId, CancellationToken cancellationToken) =>
        await LoadAsync(offeringId, cancellationToken) ?? Page();

    public async Task<IActionResult> OnPostAsync(Guid offeringId, CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors();
        var request = Input.ToRequest(errors);
        if (errors.IsValid)
        {
            var outcome = await createAssessment.HandleAsync(offeringId, request, cancellationToken);
            if (outcome.IsOk)
            {
                return Redirect($"/manage/offerings/{offeringId}/gradebook");
            }

            if (outcome.Kind == OutcomeKind.Invalid)
            {
                errors = outcome.Errors!;
            }
            else
            {
                Problem = outcome.Message;
            }
        }

        ModelState.AddErrors(errors);
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

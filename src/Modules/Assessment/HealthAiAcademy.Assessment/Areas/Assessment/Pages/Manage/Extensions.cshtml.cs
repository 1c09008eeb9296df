using HealthAiAcademy.Assessment.Features.GrantExtension;
using HealthAiAcademy.Assessment.Features.Shared;
using HealthAiAcademy.Assessment.Resources;
using HealthAiAcademy.BuildingBlocks.Authorization;
using HealthAiAcademy.BuildingBlocks.Time;
using HealthAiAcademy.BuildingBlocks.Web;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace HealthAiAcademy.Assessment.Areas.Assessment.Pages.Manage;

/// <summary>Staff give one participant a later due date; the list shows everyone's.</summary>
[Authorize(Policy = Policies.Staff)]
internal sealed class ExtensionsModel(ExtensionsOfAssessment deadlines, GrantExtensionHandler grant, IStringLocalizer<AssessmentText> text) : PageModel
{
    [BindProperty]
    public Guid? UserId { get; set; }

    [BindProperty]
    public string? DueAt { get; set; }

    [TempData]
    public string? Notice { get; set; }

    internal AssessmentDeadlines Deadlines { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid assessmentId, CancellationToken cancellationToken) =>
        await LoadAsync(assessmentId, cancellationToken) ?? Page();

    public async Task<IActionResult> OnPostAsync(Guid assessmentId, CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors().AddIf(UserId is null, "userId", text["Choose the participant."]);
        var due = LocalTime.ToUtc(DueAt, "dueAt", AcademyTime.Zone, errors);
        if (errors.IsValid)
        {
            var outcome = await grant.HandleAsync(assessmentId, UserId!.Value, new ExtensionRequest(due), cancellationToken);
            if (outcome.IsOk)
            {
                Notice = text["The new due date is {0} (Amsterdam time).", AcademyTime.Format(outcome.Value!.DueAtUtc)];
                return Redirect($"/manage/assessments/{assessmentId}/extensions");
            }

            if (this.RefusalOf(outcome.Kind) is { } refusal && outcome.Kind != OutcomeKind.Invalid)
            {
                return refusal;
            }

            foreach (var (field, messages) in outcome.Errors!.ToDictionary())
            {
                foreach (var message in messages)
                {
                    ModelState.AddModelError(field == "dueAtUtc" ? "dueAt" : field, message);
                }
            }
        }
        else
        {
            ModelState.AddErrors(errors, prefix: string.Empty);
        }

        Response.StatusCode = StatusCodes.Status400BadRequest;
        return await LoadAsync(assessmentId, cancellationToken) ?? Page();
    }

    private async Task<IActionResult?> LoadAsync(Guid assessmentId, CancellationToken cancellationToken)
    {
        var outcome = await deadlines.HandleAsync(assessmentId, cancellationToken);
        if (this.RefusalOf(outcome.Kind) is { } refusal)
        {
            return refusal;
        }

        Deadlines = outcome.Value!;
        return null;
    }
}

using HealthAiAcademy.Assessment.Features.GetAssessment;
using HealthAiAcademy.Assessment.Features.HandInAssignment;
using HealthAiAcademy.Assessment.Features.Shared;
using HealthAiAcademy.BuildingBlocks.Authorization;
using HealthAiAcademy.BuildingBlocks.Web;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using HealthAiAcademy.Assessment.Resources;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace HealthAiAcademy.Assessment.Areas.Assessment.Pages.Learning;

/// <summary>Handing in an assignment and, once released, reading its grade, rubric and feedback.</summary>
[Authorize(Policy = Policies.SignedIn)]
[RequestSizeLimit(AssessmentRequestValidator.MaxFileKilobytesLimit * 1024L + 1_000_000)]
internal sealed class AssignmentModel(HandInAssignmentHandler handIn, GetAssessmentHandler getAssessment, IStringLocalizer<AssessmentText> text) : PageModel
{
    [BindProperty]
    public string? Text { get; set; }

    [BindProperty]
    public IFormFile? Upload { get; set; }

    [TempData]
    public string? Notice { get; set; }

    public string? Problem { get; private set; }

    internal AssessmentView Assessment { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid assessmentId, CancellationToken cancellationToken) =>
        await LoadAsync(assessmentId, cancellationToken) ?? Page();

    public async Task<IActionResult> OnPostAsync(Guid assessmentId, CancellationToken cancellationToken)
    {
        UploadedFile? file = null;
        if (Upload is { Length: > 0 })
        {
            using var content = new MemoryStream();
            await Upload.CopyToAsync(content, cancellationToken);
            file = new UploadedFile(Upload.FileName, content.ToArray());
        }

        var outcome = await handIn.HandleAsync(assessmentId, new HandInRequest(Text, file), cancellationToken);
        if (outcome.IsOk)
        {
            Notice = text["Your work is handed in."];
            return Redirect($"/learning/assignments/{assessmentId}");
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
                    ModelState.AddModelError(field.StartsWith("file", StringComparison.Ordinal) ? nameof(Upload) : nameof(Text), message);
                }
            }
        }
        else
        {
            Problem = outcome.Message;
        }

        return await LoadAsync(assessmentId, cancellationToken) ?? Page();
    }

    private async Task<IActionResult?> LoadAsync(Guid assessmentId, CancellationToken cancellationToken)
    {
        var assessment = await getAssessment.HandleAsync(assessmentId, cancellationToken);
        if (!assessment.IsOk || assessment.Value!.Mine is null)
        {
            return NotFound();
        }

        Assessment = assessment.Value;
        return null;
    }
}

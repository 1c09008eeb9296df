using HealthAiAcademy.BuildingBlocks.Authorization;
using HealthAiAcademy.BuildingBlocks.Web;
using HealthAiAcademy.Courses.Contracts;
using HealthAiAcademy.Enrollment.Features.ImportPastRun;
using HealthAiAcademy.Enrollment.Resources;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace HealthAiAcademy.Enrollment.Areas.Enrollment.Pages.Manage;

/// <summary>A coordinator uploads the attendance list of a run that took place before the academy recorded it.</summary>
[Authorize(Policy = Policies.Coordinators)]
[RequestSizeLimit(2_000_000)]
internal sealed class PastRunModel(ImportPastRunHandler import, ICourseCatalog catalog, IStringLocalizer<EnrollmentText> text) : PageModel
{
    public Guid OfferingId { get; private set; }

    public string Title { get; private set; } = string.Empty;

    /// <summary>The header line this offering's list needs, its session columns included.</summary>
    public string Header { get; private set; } = string.Empty;

    [BindProperty]
    public IFormFile? List { get; set; }

    internal PastRunImport? Result { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid offeringId, CancellationToken cancellationToken) =>
        await LoadAsync(offeringId, cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(Guid offeringId, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(offeringId, cancellationToken))
        {
            return NotFound();
        }

        if (List is null || List.Length == 0)
        {
            ModelState.AddModelError(nameof(List), text["Choose the CSV file of the attendance list."]);
            return Page();
        }

        using var reader = new StreamReader(List.OpenReadStream());
        var outcome = await import.HandleAsync(offeringId, await reader.ReadToEndAsync(cancellationToken), cancellationToken);
        if (outcome.IsOk)
        {
            Result = outcome.Value;
            return Page();
        }

        if (this.RefusalOf(outcome.Kind) is { } refusal)
        {
            return refusal;
        }

        foreach (var (_, messages) in outcome.Errors?.ToDictionary() ?? new Dictionary<string, string[]>())
        {
            foreach (var message in messages)
            {
                ModelState.AddModelError(nameof(List), message);
            }
        }

        if (outcome.Message is { } problem)
        {
            ModelState.AddModelError(string.Empty, problem);
        }

        Response.StatusCode = outcome.Kind == OutcomeKind.Conflict ? StatusCodes.Status409Conflict : StatusCodes.Status400BadRequest;
        return Page();
    }

    private async Task<bool> LoadAsync(Guid offeringId, CancellationToken cancellationToken)
    {
        if (await catalog.GetOfferingAsync(offeringId, cancellationToken) is not { } offering)
        {
            return false;
        }

        OfferingId = offeringId;
        Title = $"{offering.Title} ({offering.CohortLabel})";
        Header = PastRunSheet.Header((await catalog.GetSessionsAsync([offeringId], cancellationToken)).Where(s => s.Status == SessionStatus.Scheduled));
        return true;
    }
}

using HealthAiAcademy.Assessment.Features.GetGradebook;
using HealthAiAcademy.Assessment.Features.ReleaseGrades;
using HealthAiAcademy.Assessment.Features.Shared;
using HealthAiAcademy.BuildingBlocks.Authorization;
using HealthAiAcademy.BuildingBlocks.Web;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using HealthAiAcademy.Assessment.Resources;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace HealthAiAcademy.Assessment.Areas.Assessment.Pages.Manage;

/// <summary>The offering's gradebook for staff: results per participant, final scores, statistics and the distribution.</summary>
[Authorize(Policy = Policies.Staff)]
internal sealed class GradebookModel(ReleaseGradesHandler release, GetGradebookHandler gradebook, IStringLocalizer<AssessmentText> text) : PageModel
{
    /// <summary>Rows on one page; the statistics and the CSV cover every participant.</summary>
    public const int RowsPerPage = 50;

    [TempData]
    public string? Notice { get; set; }

    [FromQuery(Name = "page")]
    public int PageNumber { get; set; } = 1;

    public int PageCount => Math.Max(1, (Book.Rows.Count + RowsPerPage - 1) / RowsPerPage);

    /// <summary>The participants on this page, in the gradebook's order (by name).</summary>
    internal IEnumerable<GradebookRow> PageRows => Book.Rows.Skip(FirstRow - 1).Take(RowsPerPage);

    public int FirstRow => ((PageNumber - 1) * RowsPerPage) + 1;

    public int LastRow => Math.Min(PageNumber * RowsPerPage, Book.Rows.Count);

    public string PageLink(int page) => $"/manage/offerings/{Book.OfferingId}/gradebook?page={page}";

    public string? Problem { get; private set; }

    internal Gradebook Book { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid offeringId, CancellationToken cancellationToken) =>
        await LoadAsync(offeringId, cancellationToken) ?? Page();

    public async Task<IActionResult> OnPostReleaseAsync(Guid offeringId, Guid assessmentId, CancellationToken cancellationToken)
    {
        var outcome = await release.HandleAsync(assessmentId, cancellationToken);
        if (outcome.IsOk)
        {
            Notice = text["{0} grade(s) released; {1} hand-in(s) still to grade.", outcome.Value!.Released, outcome.Value.StillUngraded];
            return Redirect($"/manage/offerings/{offeringId}/gradebook");
        }

        Problem = outcome.Message;
        return await LoadAsync(offeringId, cancellationToken) ?? Page();
    }

    private async Task<IActionResult?> LoadAsync(Guid offeringId, CancellationToken cancellationToken)
    {
        var outcome = await gradebook.HandleAsync(offeringId, cancellationToken);
        if (this.RefusalOf(outcome.Kind) is { } refusal)
        {
            return refusal;
        }

        Book = outcome.Value!;
        PageNumber = Math.Clamp(PageNumber, 1, PageCount);
        return null;
    }
}

using HealthAiAcademy.Assessment.Features.ListGradingQueue;
using HealthAiAcademy.Assessment.Features.Shared;
using HealthAiAcademy.BuildingBlocks.Authorization;
using HealthAiAcademy.BuildingBlocks.Web;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using HealthAiAcademy.Assessment.Resources;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace HealthAiAcademy.Assessment.Areas.Assessment.Pages.Grading;

/// <summary>The marker's queue across all offerings they teach, oldest hand-in first.</summary>
[Authorize(Policy = Policies.Staff)]
internal sealed class QueueModel(ListGradingQueueHandler gradingQueue, IStringLocalizer<AssessmentText> text) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid? OfferingId { get; set; }

    [BindProperty(SupportsGet = true)]
    public Guid? AssessmentId { get; set; }

    [BindProperty(SupportsGet = true)]
    public string State { get; set; } = "NotGraded";

    [FromQuery(Name = "page")]
    public int PageNumber { get; set; } = 1;

    public string? Problem { get; private set; }

    internal PagedResult<QueueItem> Items { get; private set; } = new([], 1, PageRequest.DefaultPageSize, 0);

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var outcome = await gradingQueue
            .HandleAsync(OfferingId, AssessmentId, State, PageNumber, PageRequest.DefaultPageSize, cancellationToken);
        if (outcome.IsOk)
        {
            Items = outcome.Value!;
        }
        else
        {
            Problem = text["The filter is not valid."];
        }
    }

    public string PageLink(int page) =>
        $"/grading?state={State}&page={page}{(OfferingId is { } o ? $"&offeringId={o}" : "")}{(AssessmentId is { } a ? $"&assessmentId={a}" : "")}";
}

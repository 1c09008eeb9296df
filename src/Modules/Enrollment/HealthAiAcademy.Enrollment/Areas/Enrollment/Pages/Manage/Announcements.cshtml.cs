using HealthAiAcademy.BuildingBlocks.Authorization;
using HealthAiAcademy.BuildingBlocks.Web;
using HealthAiAcademy.Courses.Contracts;
using HealthAiAcademy.Enrollment.Features.ListAnnouncements;
using HealthAiAcademy.Enrollment.Features.SendAnnouncement;
using HealthAiAcademy.Enrollment.Resources;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace HealthAiAcademy.Enrollment.Areas.Enrollment.Pages.Manage;

/// <summary>Staff write to an offering's participants, and see what was sent and to how many.</summary>
[Authorize(Policy = Policies.Staff)]
internal sealed class AnnouncementsModel(
    SendAnnouncementHandler send, ListAnnouncementsHandler list, ICourseCatalog catalog, IStringLocalizer<EnrollmentText> text) : PageModel
{
    public Guid OfferingId { get; private set; }

    public string Title { get; private set; } = string.Empty;

    [BindProperty]
    public string? Subject { get; set; }

    [BindProperty]
    public string? Message { get; set; }

    [BindProperty]
    public bool IncludeWaitlist { get; set; }

    [TempData]
    public string? Notice { get; set; }

    internal IReadOnlyList<AnnouncementView> Sent { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid offeringId, CancellationToken cancellationToken) =>
        await LoadAsync(offeringId, cancellationToken) ?? Page();

    public async Task<IActionResult> OnPostAsync(Guid offeringId, CancellationToken cancellationToken)
    {
        var outcome = await send.HandleAsync(offeringId, new SendAnnouncementRequest(Subject, Message, IncludeWaitlist), cancellationToken);
        if (outcome.IsOk)
        {
            Notice = text["The announcement is on its way to the participants."];
            return Redirect($"/manage/offerings/{offeringId}/announcements");
        }

        if (this.RefusalOf(outcome.Kind) is { } refusal && outcome.Kind != OutcomeKind.Conflict)
        {
            return refusal;
        }

        this.ShowRefusal(outcome, string.Empty);
        return await LoadAsync(offeringId, cancellationToken) ?? Page();
    }

    private async Task<IActionResult?> LoadAsync(Guid offeringId, CancellationToken cancellationToken)
    {
        var outcome = await list.HandleAsync(offeringId, cancellationToken);
        if (!outcome.IsOk || await catalog.GetOfferingAsync(offeringId, cancellationToken) is not { } offering)
        {
            return NotFound();
        }

        OfferingId = offeringId;
        Title = $"{offering.Title} ({offering.CohortLabel})";
        Sent = outcome.Value!;
        return null;
    }
}

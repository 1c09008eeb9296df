using System.Globalization;
using HealthAiAcademy.BuildingBlocks.Authorization;
using HealthAiAcademy.BuildingBlocks.Time;
using HealthAiAcademy.BuildingBlocks.Web;
using HealthAiAcademy.Courses.Contracts;
using HealthAiAcademy.Courses.Features.RescheduleSession;
using HealthAiAcademy.Courses.Features.Shared;
using HealthAiAcademy.Courses.Resources;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace HealthAiAcademy.Courses.Areas.Courses.Pages.Manage;

/// <summary>Moves a session (or changes its topic, place or link); participants are told and their calendars follow.</summary>
[Authorize(Policy = Policies.Staff)]
internal sealed class RescheduleSessionModel(RescheduleSessionHandler reschedule, ICourseCatalog catalog, OfferingStaff staff, IStringLocalizer<CoursesText> text) : PageModel
{
    [BindProperty]
    public EditOfferingModel.SessionForm Session { get; set; } = new();

    public Guid OfferingId { get; private set; }

    public string OfferingTitle { get; private set; } = string.Empty;

    public DateTime CurrentStartUtc { get; private set; }

    [TempData]
    public string? Notice { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid sessionId, CancellationToken cancellationToken)
    {
        if (await LoadAsync(sessionId, cancellationToken) is not { } session)
        {
            return NotFound();
        }

        Session = new EditOfferingModel.SessionForm
        {
            StartsAt = AcademyTime.ToLocal(session.StartsAtUtc).ToString("yyyy-MM-dd'T'HH:mm", CultureInfo.InvariantCulture),
            DurationMinutes = session.DurationMinutes,
            Topic = session.Topic,
            Location = session.Location,
            OnlineLink = session.OnlineLink,
        };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid sessionId, CancellationToken cancellationToken)
    {
        if (await LoadAsync(sessionId, cancellationToken) is null)
        {
            return NotFound();
        }

        var outcome = await reschedule.HandleAsync(sessionId, new SessionRequest(Session.StartsAt, Session.DurationMinutes, Session.Topic, Session.Location, Session.OnlineLink, null, null), cancellationToken);
        if (outcome.IsOk)
        {
            Notice = text["The session is moved; participants are told and their calendars follow."];
            return Redirect($"/manage/offerings/{OfferingId}");
        }

        if (this.RefusalOf(outcome.Kind) is { } refusal && outcome.Kind != OutcomeKind.Conflict)
        {
            return refusal;
        }

        this.ShowRefusal(outcome, "Session");
        return Page();
    }

    private async Task<SessionSnapshot?> LoadAsync(Guid sessionId, CancellationToken cancellationToken)
    {
        var session = await catalog.GetSessionAsync(sessionId, cancellationToken);
        var offering = session is null ? null : await catalog.GetOfferingAsync(session.OfferingId, cancellationToken);
        if (session is null || offering is null || !staff.IsStaffOf(offering) || session.Status != SessionStatus.Scheduled)
        {
            return null;
        }

        OfferingId = offering.Id;
        OfferingTitle = $"{offering.Title} ({offering.CohortLabel})";
        CurrentStartUtc = session.StartsAtUtc;
        return session;
    }
}

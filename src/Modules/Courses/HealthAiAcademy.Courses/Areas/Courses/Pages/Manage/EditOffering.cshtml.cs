using HealthAiAcademy.BuildingBlocks.Authorization;
using HealthAiAcademy.BuildingBlocks.Web;
using HealthAiAcademy.Courses.Contracts;
using HealthAiAcademy.Courses.Features.CancelSession;
using HealthAiAcademy.Courses.Features.ChangeOfferingStatus;
using HealthAiAcademy.Courses.Features.GetManagedOffering;
using HealthAiAcademy.Courses.Features.RerunOffering;
using HealthAiAcademy.Courses.Features.ScheduleSession;
using HealthAiAcademy.Courses.Features.Shared;
using HealthAiAcademy.Courses.Features.UpdateOffering;
using HealthAiAcademy.Courses.Resources;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace HealthAiAcademy.Courses.Areas.Courses.Pages.Manage;

/// <summary>One offering for its staff: edit, move through its statuses, schedule sessions, re-run.</summary>
[Authorize(Policy = Policies.Staff)]
internal sealed class EditOfferingModel(
    UpdateOfferingHandler updateOffering, ChangeOfferingStatusHandler changeStatus, RerunOfferingHandler rerunOffering,
    ScheduleSessionHandler scheduleSession, CancelSessionHandler cancelSession, GetManagedOfferingHandler getOffering,
    IStringLocalizer<CoursesText> text, Labels labels) : PageModel
{
    [BindProperty]
    public OfferingRequest Form { get; set; } = new();

    [BindProperty]
    public SessionForm Session { get; set; } = new();

    [BindProperty]
    public RerunForm Rerun { get; set; } = new();

    [TempData]
    public string? Notice { get; set; }

    public string? Problem { get; private set; }

    internal ManagedOffering Offering { get; private set; } = null!;

    internal IReadOnlyList<SessionResponse> Sessions { get; private set; } = [];

    public bool IsCoordinator => User.IsInRole(Roles.Coordinator) || User.IsInRole(Roles.Administrator);

    public async Task<IActionResult> OnGetAsync(Guid offeringId, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(offeringId, cancellationToken))
        {
            return NotFound();
        }

        Form = OfferingRequest.Of(Offering);
        return Page();
    }

    public async Task<IActionResult> OnPostSaveAsync(Guid offeringId, CancellationToken cancellationToken)
    {
        var request = Form with { CourseId = null };
        var outcome = await updateOffering.HandleAsync(offeringId, request, cancellationToken);
        return await AfterAsync(offeringId, outcome, "Form", text["The offering is saved."], cancellationToken);
    }

    public async Task<IActionResult> OnPostStatusAsync(Guid offeringId, OfferingStatus target, CancellationToken cancellationToken)
    {
        var outcome = await changeStatus.HandleAsync(offeringId, target, cancellationToken);
        return await AfterAsync(offeringId, outcome, "Form", text["The offering is now {0}.", labels.Status(target)], cancellationToken);
    }

    public async Task<IActionResult> OnPostScheduleAsync(Guid offeringId, CancellationToken cancellationToken)
    {
        var request = new SessionRequest(Session.StartsAt, Session.DurationMinutes, Session.Topic, Session.Location, Session.OnlineLink, null, null);
        var outcome = await scheduleSession.HandleAsync(offeringId, request, cancellationToken);
        return await AfterAsync(offeringId, outcome, "Session", text["The session is scheduled."], cancellationToken);
    }

    public async Task<IActionResult> OnPostCancelSessionAsync(Guid offeringId, Guid sessionId, CancellationToken cancellationToken)
    {
        var outcome = await cancelSession.HandleAsync(sessionId, cancellationToken);
        return await AfterAsync(offeringId, outcome, "Session", text["The session is cancelled; participants are told."], cancellationToken);
    }

    public async Task<IActionResult> OnPostRerunAsync(Guid offeringId, CancellationToken cancellationToken)
    {
        var outcome = await rerunOffering.HandleAsync(offeringId, new RerunRequest(Rerun.CohortLabel, Rerun.ShiftDays), cancellationToken);
        if (outcome.IsOk)
        {
            Notice = text["This is the new draft, copied with its sessions."];
            return Redirect($"/manage/offerings/{outcome.Value!.Id}");
        }

        return await AfterAsync(offeringId, outcome, "Rerun", string.Empty, cancellationToken);
    }

    private async Task<IActionResult> AfterAsync<T>(Guid offeringId, Outcome<T> outcome, string prefix, string notice, CancellationToken cancellationToken)
    {
        if (outcome.IsOk)
        {
            Notice = notice;
            return Redirect($"/manage/offerings/{offeringId}");
        }

        if (!await LoadAsync(offeringId, cancellationToken) || outcome.Kind == OutcomeKind.NotFound)
        {
            return NotFound();
        }

        if (outcome.Kind == OutcomeKind.Forbidden)
        {
            return Forbid();
        }

        if (outcome.Errors is { } errors)
        {
            ModelState.AddErrors(errors, prefix);
        }

        Problem = outcome.Message;
        return Page();
    }

    private async Task<bool> LoadAsync(Guid offeringId, CancellationToken cancellationToken)
    {
        var offering = await getOffering.HandleAsync(offeringId, cancellationToken);
        if (offering is null)
        {
            return false;
        }

        Offering = offering;
        Sessions = await getOffering.SessionsAsync(offeringId, cancellationToken);
        return true;
    }

    public sealed class SessionForm
    {
        public string? StartsAt { get; set; }

        public int? DurationMinutes { get; set; } = 90;

        public string? Topic { get; set; }

        public string? Location { get; set; }

        public string? OnlineLink { get; set; }
    }

    public sealed class RerunForm
    {
        public string? CohortLabel { get; set; }

        public int? ShiftDays { get; set; } = 364;
    }
}

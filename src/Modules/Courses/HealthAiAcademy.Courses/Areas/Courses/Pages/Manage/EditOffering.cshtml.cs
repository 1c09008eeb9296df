using HealthAiAcademy.BuildingBlocks.Authorization;
using HealthAiAcademy.BuildingBlocks.Users;
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
    IUserDirectory directory, IStringLocalizer<CoursesText> text, Labels labels) : PageModel
{
    /// <summary>The offering's instructors' email addresses, as the staff field posts them.</summary>
    [BindProperty]
    public List<string> Instructors { get; set; } = [];

    /// <summary>A new session's instructors; none means the offering's.</summary>
    [BindProperty]
    public List<string> SessionInstructors { get; set; } = [];

    public StaffPicker InstructorPicker { get; private set; } = null!;

    private IReadOnlyList<Guid>? postedInstructors;

    private IReadOnlyList<Guid> postedSessionInstructors = [];

    public StaffPicker SessionInstructorPicker { get; private set; } = null!;

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
        await LoadPickersAsync([], cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostSaveAsync(Guid offeringId, CancellationToken cancellationToken)
    {
        var (instructors, allKnown) = await ModelState.ResolveAsync(directory, "Instructors", Instructors, entry => text["No staff account has the address {0}.", entry], cancellationToken);
        postedInstructors = instructors;
        if (!allKnown)
        {
            return await AfterAsync(offeringId, Outcome<bool>.Invalid(new ValidationErrors()), "Form", string.Empty, cancellationToken);
        }

        var request = Form with { CourseId = null, InstructorIds = instructors };
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
        var (instructors, allKnown) = await ModelState.ResolveAsync(directory, "SessionInstructors", SessionInstructors, entry => text["No staff account has the address {0}.", entry], cancellationToken);
        postedSessionInstructors = instructors;
        if (!allKnown)
        {
            return await AfterAsync(offeringId, Outcome<bool>.Invalid(new ValidationErrors()), "Session", string.Empty, cancellationToken);
        }

        var request = new SessionRequest(Session.StartsAt, Session.DurationMinutes, Session.Topic, Session.Location, Session.OnlineLink, instructors.Count > 0 ? instructors : null, null);
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
        // The details form shows what was posted when it was the one sent, else the offering as it stands.
        if (postedInstructors is null)
        {
            Form = OfferingRequest.Of(Offering);
        }
        else
        {
            Form.InstructorIds = postedInstructors;
        }

        await LoadPickersAsync(postedSessionInstructors, cancellationToken);
        return Page();
    }

    private async Task LoadPickersAsync(IReadOnlyList<Guid> sessionInstructors, CancellationToken cancellationToken)
    {
        InstructorPicker = new StaffPicker("Instructors", text["Instructors"], await StaffChoice.ProfilesAsync(directory, Form.InstructorIds ?? [], cancellationToken));
        SessionInstructorPicker = new StaffPicker("SessionInstructors", text["Instructors of this session"],
            await StaffChoice.ProfilesAsync(directory, sessionInstructors, cancellationToken), text["Leave empty to take the offering's instructors."]);
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

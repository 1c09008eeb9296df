using HealthAiAcademy.BuildingBlocks.Authorization;
using HealthAiAcademy.BuildingBlocks.Web;
using HealthAiAcademy.Enrollment.Features.GetSessionAttendance;
using HealthAiAcademy.Enrollment.Features.RecordAttendance;
using HealthAiAcademy.Enrollment.Features.Shared;
using HealthAiAcademy.Enrollment.Resources;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace HealthAiAcademy.Enrollment.Areas.Enrollment.Pages.Manage;

/// <summary>Taking attendance for one session: everyone at once, corrected as often as needed.</summary>
[Authorize(Policy = Policies.Staff)]
internal sealed class AttendanceModel(
    GetSessionAttendanceHandler sessionAttendance, RecordAttendanceHandler recordAttendance, IStringLocalizer<EnrollmentText> text) : PageModel
{
    /// <summary>Enrollment id to Present, Absent or Excused.</summary>
    [BindProperty]
    public Dictionary<Guid, string> Marks { get; set; } = [];

    [TempData]
    public string? Notice { get; set; }

    public string? Problem { get; private set; }

    internal IReadOnlyList<SessionAttendanceLine> Lines { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid sessionId, CancellationToken cancellationToken) =>
        Show(await sessionAttendance.HandleAsync(sessionId, cancellationToken));

    public async Task<IActionResult> OnPostAsync(Guid sessionId, CancellationToken cancellationToken)
    {
        var request = new AttendanceRequest([.. Marks.Select(mark => new AttendanceItem(mark.Key, mark.Value))]);
        var outcome = await recordAttendance.HandleAsync(sessionId, request, cancellationToken);
        if (outcome.IsOk)
        {
            Notice = text["Attendance is saved."];
            return Redirect($"/manage/sessions/{sessionId}/attendance");
        }

        Problem = outcome.Message ?? string.Join(" ", outcome.Errors?.ToDictionary().SelectMany(e => e.Value) ?? []);
        return Show(await sessionAttendance.HandleAsync(sessionId, cancellationToken));
    }

    private IActionResult Show(Outcome<IReadOnlyList<SessionAttendanceLine>> outcome)
    {
        switch (outcome.Kind)
        {
            case OutcomeKind.NotFound:
                return NotFound();
            case OutcomeKind.Forbidden:
                return Forbid();
            default:
                Lines = outcome.Value ?? [];
                return Page();
        }
    }
}

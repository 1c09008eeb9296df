using HealthAiAcademy.BuildingBlocks.Authorization;
using HealthAiAcademy.Courses.Contracts;
using HealthAiAcademy.Enrollment.Features.GetMyAttendance;
using HealthAiAcademy.Enrollment.Features.Shared;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace HealthAiAcademy.Enrollment.Areas.Enrollment.Pages.Learning;

/// <summary>A participant's own attendance in one offering, session by session, with the share that counts for completion.</summary>
[Authorize(Policy = Policies.SignedIn)]
internal sealed class AttendanceModel(GetMyAttendanceHandler attendance, ICourseCatalog catalog) : PageModel
{
    internal MyAttendance Attendance { get; private set; } = null!;

    public string Title { get; private set; } = string.Empty;

    public int MinimumPercent { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid enrollmentId, CancellationToken cancellationToken)
    {
        if (await attendance.HandleAsync(enrollmentId, cancellationToken) is not { } mine)
        {
            return NotFound();
        }

        Attendance = mine with { Sessions = [.. mine.Sessions.OrderBy(s => s.StartsAtUtc)] };
        var offeringId = mine.Sessions.Count > 0 ? (await catalog.GetSessionAsync(mine.Sessions[0].SessionId, cancellationToken))?.OfferingId : null;
        if (offeringId is { } id && await catalog.GetOfferingAsync(id, cancellationToken) is { } offering)
        {
            Title = $"{offering.Title} ({offering.CohortLabel})";
            MinimumPercent = offering.MinimumAttendancePercent;
        }

        return Page();
    }
}

using HealthAiAcademy.BuildingBlocks.Data;
using HealthAiAcademy.BuildingBlocks.Specifications;
using HealthAiAcademy.BuildingBlocks.Users;
using HealthAiAcademy.BuildingBlocks.Web;
using HealthAiAcademy.Courses.Contracts;
using HealthAiAcademy.Enrollment.Contracts;
using HealthAiAcademy.Enrollment.Data;
using HealthAiAcademy.Enrollment.Data.Specifications;
using HealthAiAcademy.Enrollment.Domain;
using HealthAiAcademy.Enrollment.Features.CompleteEnrollment;
using HealthAiAcademy.Enrollment.Features.Shared;
using Microsoft.EntityFrameworkCore;

namespace HealthAiAcademy.Enrollment.Features.GetMyAttendance;

/// <summary>An enrollment's attendance per session, for its owner and the offering's staff.</summary>
internal sealed class GetMyAttendanceHandler(EnrollmentDbContext db, ICourseCatalog catalog, ICurrentUser currentUser, OfferingStaff staff)
{
    public async Task<MyAttendance?> HandleAsync(Guid enrollmentId, CancellationToken cancellationToken)
    {
        var enrollment = await db.Enrollments.AsNoTracking().SingleOrDefaultAsync(e => e.Id == enrollmentId, cancellationToken);
        var offering = enrollment is null ? null : await catalog.GetOfferingAsync(enrollment.OfferingId, cancellationToken);
        if (enrollment is null || offering is null || (enrollment.UserId != currentUser.UserId && !staff.IsStaffOf(offering)))
        {
            return null;
        }

        var records = await db.Attendance.AsNoTracking().Where(a => a.EnrollmentId == enrollmentId).ToDictionaryAsync(a => a.SessionId, a => a.Status, cancellationToken);
        var lines = (await catalog.GetSessionsAsync([offering.Id], cancellationToken))
            .Select(s => new MyAttendanceLine(s.Id, s.StartsAtUtc, s.Topic, s.Status, records.TryGetValue(s.Id, out var status) ? status : null))
            .ToList();
        var counted = lines.Where(l => l.SessionStatus == SessionStatus.Scheduled && l.Status is not null).Select(l => l.Status!.Value);
        return new MyAttendance(enrollmentId, CompletionEvaluator.AttendancePercent(counted), lines);
    }
}

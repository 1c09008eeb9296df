using HealthAiAcademy.BuildingBlocks.Audit;
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
using HealthAiAcademy.Enrollment.Features.GetSessionAttendance;
using HealthAiAcademy.Enrollment.Features.Shared;
using Microsoft.EntityFrameworkCore;

namespace HealthAiAcademy.Enrollment.Features.RecordAttendance;

internal sealed class RecordAttendanceHandler(
    EnrollmentDbContext db, ICurrentUser currentUser, SessionStaffAccess access, CompletionEvaluator completion, GetSessionAttendanceHandler sessionAttendance, StaffAudit audit, TimeProvider clock)
{
    /// <summary>Records (or corrects) attendance for many participants at once, then completes whoever now meets the rules.</summary>
    public async Task<Outcome<IReadOnlyList<SessionAttendanceLine>>> HandleAsync(Guid sessionId, AttendanceRequest request, CancellationToken cancellationToken)
    {
        var (session, offering, refusal) = await access.SessionForStaffAsync(sessionId, cancellationToken);
        if (refusal is not null)
        {
            return SessionStaffAccess.Refuse<IReadOnlyList<SessionAttendanceLine>>(refusal.Value);
        }

        if (session!.Status == SessionStatus.Cancelled)
        {
            return Outcome<IReadOnlyList<SessionAttendanceLine>>.Conflict("The session is cancelled: there is no attendance to take.");
        }

        // Attendance records what happened: before a session starts there is nothing to record (and no certificate to earn).
        if (session.StartsAtUtc > clock.GetUtcNow().UtcDateTime)
        {
            return Outcome<IReadOnlyList<SessionAttendanceLine>>.Conflict("The session has not started yet: attendance is taken from its start.");
        }

        var items = request.Records ?? [];
        var errors = new ValidationErrors().AddIf(items.Count == 0, "records", "At least one participant's attendance is required.");
        var enrollments = await db.Enrollments.WithSpecification(new ParticipantsSpecification(offering!.Id)).ToDictionaryAsync(e => e.Id, cancellationToken);
        var parsed = new List<(Guid EnrollmentId, AttendanceStatus Status)>();
        for (var index = 0; index < items.Count; index++)
        {
            var item = items[index];
            if (!enrollments.ContainsKey(item.EnrollmentId))
            {
                errors.Add($"records[{index}].enrollmentId", "Not a participant holding a seat in this offering.");
            }
            else if (!Enum.TryParse<AttendanceStatus>(item.Status, ignoreCase: true, out var status) || !Enum.IsDefined(status) || int.TryParse(item.Status, out _))
            {
                errors.Add($"records[{index}].status", "Present, Absent or Excused.");
            }
            else
            {
                parsed.Add((item.EnrollmentId, status));
            }
        }

        if (!errors.IsValid)
        {
            return Outcome<IReadOnlyList<SessionAttendanceLine>>.Invalid(errors);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        await db.InTransactionAsync(async token =>
        {
            var ids = parsed.Select(p => p.EnrollmentId).ToList();
            var existing = await db.Attendance.Where(a => a.SessionId == sessionId && ids.Contains(a.EnrollmentId)).ToDictionaryAsync(a => a.EnrollmentId, token);
            foreach (var (enrollmentId, status) in parsed.DistinctBy(p => p.EnrollmentId))
            {
                var previous = existing.TryGetValue(enrollmentId, out var record) ? record.Status : (AttendanceStatus?)null;
                if (previous == status)
                {
                    continue;
                }

                if (record is not null)
                {
                    record.Record(status, currentUser.UserId!.Value, now);
                }
                else
                {
                    record = new AttendanceRecord(enrollmentId, offering!.Id, sessionId, status, currentUser.UserId!.Value, now);
                    db.Attendance.Add(record);
                }

                audit.Record(db, AuditActions.AttendanceRecorded, new AuditSubject("Session", sessionId, offering!.Id, enrollments[enrollmentId].UserId),
                    new AuditChanges().Add(nameof(AttendanceRecord.Status), previous, status));
            }

            await db.SaveChangesAsync(token);
            await completion.EvaluateAsync(offering!.Id, [.. ids.Select(id => enrollments[id].UserId)], token);
            await db.SaveChangesAsync(token);
        }, cancellationToken);

        return Outcome<IReadOnlyList<SessionAttendanceLine>>.Ok(await sessionAttendance.LinesAsync(offering!.Id, sessionId, cancellationToken));
    }
}

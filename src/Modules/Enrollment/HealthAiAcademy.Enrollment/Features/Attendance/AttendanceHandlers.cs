using HealthAiAcademy.BuildingBlocks.Data;
using HealthAiAcademy.BuildingBlocks.Specifications;
using HealthAiAcademy.BuildingBlocks.Users;
using HealthAiAcademy.BuildingBlocks.Web;
using HealthAiAcademy.Courses.Contracts;
using HealthAiAcademy.Enrollment.Contracts;
using HealthAiAcademy.Enrollment.Data;
using HealthAiAcademy.Enrollment.Data.Specifications;
using HealthAiAcademy.Enrollment.Domain;
using HealthAiAcademy.Enrollment.Features.Completion;
using HealthAiAcademy.Enrollment.Features.Shared;
using Microsoft.EntityFrameworkCore;

namespace HealthAiAcademy.Enrollment.Features.Attendance;

/// <summary>Taking attendance per session (staff, in bulk) and showing participants their own.</summary>
internal sealed class AttendanceHandlers(
    EnrollmentDbContext db, ICourseCatalog catalog, IUserDirectory users, ICurrentUser currentUser, OfferingStaff staff, CompletionEvaluator completion, TimeProvider clock)
{
    public async Task<Outcome<IReadOnlyList<SessionAttendanceLine>>> SessionAsync(Guid sessionId, CancellationToken cancellationToken)
    {
        var (session, offering, refusal) = await SessionForStaffAsync(sessionId, cancellationToken);
        if (refusal is not null)
        {
            return Refuse<IReadOnlyList<SessionAttendanceLine>>(refusal.Value);
        }

        var enrollments = await db.Enrollments.WithSpecification(new ParticipantsSpecification(offering!.Id)).ToListAsync(cancellationToken);
        var records = await db.Attendance.AsNoTracking().Where(a => a.SessionId == session!.Id).ToDictionaryAsync(a => a.EnrollmentId, a => a.Status, cancellationToken);
        var profiles = await users.FindManyAsync([.. enrollments.Select(e => e.UserId)], cancellationToken);
        return Outcome<IReadOnlyList<SessionAttendanceLine>>.Ok([.. enrollments
            .Select(e => new SessionAttendanceLine(e.Id, e.UserId, profiles.GetValueOrDefault(e.UserId)?.FullName ?? "(unknown user)",
                profiles.GetValueOrDefault(e.UserId)?.RegistrationNumber, records.TryGetValue(e.Id, out var status) ? status : null))
            .OrderBy(line => line.FullName, StringComparer.CurrentCulture)]);
    }

    /// <summary>Records (or corrects) attendance for many participants at once, then completes whoever now meets the rules.</summary>
    public async Task<Outcome<IReadOnlyList<SessionAttendanceLine>>> RecordAsync(Guid sessionId, AttendanceRequest request, CancellationToken cancellationToken)
    {
        var (session, offering, refusal) = await SessionForStaffAsync(sessionId, cancellationToken);
        if (refusal is not null)
        {
            return Refuse<IReadOnlyList<SessionAttendanceLine>>(refusal.Value);
        }

        if (session!.Status == SessionStatus.Cancelled)
        {
            return Outcome<IReadOnlyList<SessionAttendanceLine>>.Conflict("The session is cancelled: there is no attendance to take.");
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
                if (existing.TryGetValue(enrollmentId, out var record))
                {
                    record.Record(status, currentUser.UserId!.Value, now);
                }
                else
                {
                    db.Attendance.Add(new AttendanceRecord(enrollmentId, offering!.Id, sessionId, status, currentUser.UserId!.Value, now));
                }
            }

            await db.SaveChangesAsync(token);
            await completion.EvaluateAsync(offering!.Id, [.. ids.Select(id => enrollments[id].UserId)], token);
            await db.SaveChangesAsync(token);
        }, cancellationToken);

        return await SessionAsync(sessionId, cancellationToken);
    }

    /// <summary>An enrollment's attendance per session, for its owner and the offering's staff.</summary>
    public async Task<MyAttendance?> ForEnrollmentAsync(Guid enrollmentId, CancellationToken cancellationToken)
    {
        var enrollment = await db.Enrollments.AsNoTracking().SingleOrDefaultAsync(e => e.Id == enrollmentId, cancellationToken);
        var offering = enrollment is null ? null : await catalog.GetOfferingAsync(enrollment.OfferingId, cancellationToken);
        if (enrollment is null || offering is null || (enrollment.UserId != currentUser.UserId && !staff.IsStaffOf(offering)))
        {
            return null;
        }

        var records = await db.Attendance.AsNoTracking().Where(a => a.EnrollmentId == enrollmentId).ToDictionaryAsync(a => a.SessionId, a => a.Status, cancellationToken);
        var lines = offering.Sessions
            .Select(s => new MyAttendanceLine(s.Id, s.StartsAtUtc, s.Topic, s.Status, records.TryGetValue(s.Id, out var status) ? status : null))
            .ToList();
        var counted = lines.Where(l => l.SessionStatus == SessionStatus.Scheduled && l.Status is not null).Select(l => l.Status!.Value);
        return new MyAttendance(enrollmentId, CompletionEvaluator.AttendancePercent(counted), lines);
    }

    private static Outcome<T> Refuse<T>(OutcomeKind kind) => kind == OutcomeKind.NotFound
        ? Outcome<T>.NotFound("The session")
        : Outcome<T>.Forbidden("Attendance is taken by the offering's instructors and coordinators.");

    private async Task<(SessionSnapshot? Session, OfferingSnapshot? Offering, OutcomeKind? Refusal)> SessionForStaffAsync(Guid sessionId, CancellationToken cancellationToken)
    {
        var session = await catalog.GetSessionAsync(sessionId, cancellationToken);
        var offering = session is null ? null : await catalog.GetOfferingAsync(session.OfferingId, cancellationToken);
        if (session is null || offering is null)
        {
            return (null, null, OutcomeKind.NotFound);
        }

        return staff.IsStaffOf(offering) ? (session, offering, null) : (session, offering, OutcomeKind.Forbidden);
    }
}

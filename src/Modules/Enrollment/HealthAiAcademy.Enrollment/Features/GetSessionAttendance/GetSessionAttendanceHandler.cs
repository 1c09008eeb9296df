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

namespace HealthAiAcademy.Enrollment.Features.GetSessionAttendance;

/// <summary>A session's participants with their attendance so far, for the offering's staff.</summary>
internal sealed class GetSessionAttendanceHandler(EnrollmentDbContext db, IUserDirectory users, SessionStaffAccess access)
{
    public async Task<Outcome<IReadOnlyList<SessionAttendanceLine>>> HandleAsync(Guid sessionId, CancellationToken cancellationToken)
    {
        var (session, offering, refusal) = await access.SessionForStaffAsync(sessionId, cancellationToken);
        if (refusal is not null)
        {
            return SessionStaffAccess.Refuse<IReadOnlyList<SessionAttendanceLine>>(refusal.Value);
        }

        return Outcome<IReadOnlyList<SessionAttendanceLine>>.Ok(await LinesAsync(offering!.Id, session!.Id, cancellationToken));
    }

    /// <summary>The lines of a session the caller was already allowed to see (recording attendance answers with them too).</summary>
    public async Task<IReadOnlyList<SessionAttendanceLine>> LinesAsync(Guid offeringId, Guid sessionId, CancellationToken cancellationToken)
    {
        var enrollments = await db.Enrollments.WithSpecification(new ParticipantsSpecification(offeringId)).ToListAsync(cancellationToken);
        var records = await db.Attendance.AsNoTracking().Where(a => a.SessionId == sessionId).ToDictionaryAsync(a => a.EnrollmentId, a => a.Status, cancellationToken);
        var profiles = await users.FindManyAsync([.. enrollments.Select(e => e.UserId)], cancellationToken);
        return [.. enrollments
            .Select(e => new SessionAttendanceLine(e.Id, e.UserId, profiles.GetValueOrDefault(e.UserId)?.FullName ?? "(unknown user)",
                profiles.GetValueOrDefault(e.UserId)?.RegistrationNumber, records.TryGetValue(e.Id, out var status) ? status : null))
            .OrderBy(line => line.FullName, StringComparer.CurrentCulture)];
    }
}

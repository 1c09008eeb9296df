using HealthAiAcademy.BuildingBlocks.Audit;
using HealthAiAcademy.BuildingBlocks.Data;
using HealthAiAcademy.BuildingBlocks.Users;
using HealthAiAcademy.BuildingBlocks.Web;
using HealthAiAcademy.Courses.Contracts;
using HealthAiAcademy.Enrollment.Contracts;
using HealthAiAcademy.Enrollment.Data;
using HealthAiAcademy.Enrollment.Domain;
using HealthAiAcademy.Enrollment.Features.CompleteEnrollment;
using Microsoft.EntityFrameworkCore;

namespace HealthAiAcademy.Enrollment.Features.ImportPastRun;

/// <param name="Lines">People on the list.</param>
/// <param name="Invited">Of them, people who had no account: one was made and an invitation sent.</param>
/// <param name="Completed">Of them, people who met the completion rules now; their certificates follow.</param>
internal sealed record PastRunImport(int Lines, int Invited, int Completed);

/// <summary>
/// A run that took place before the academy recorded it (a hospital moving from spreadsheets): its attendance list becomes
/// enrolments and attendance, unknown people are invited, and whoever met the rules completes on the last day, which
/// issues their certificates. Importing the list again corrects it; nobody is enrolled twice.
/// </summary>
internal sealed class ImportPastRunHandler(
    EnrollmentDbContext db, ICourseCatalog catalog, OfferingStaff staff, IParticipantAccounts accounts, CompletionEvaluator completion,
    StaffAudit audit, ICurrentUser currentUser, TimeProvider clock)
{
    public async Task<Outcome<PastRunImport>> HandleAsync(Guid offeringId, string csv, CancellationToken cancellationToken)
    {
        var offering = await catalog.GetOfferingAsync(offeringId, cancellationToken);
        if (offering is null || !staff.IsStaffOf(offering))
        {
            return Outcome<PastRunImport>.NotFound("The offering");
        }

        if (!staff.IsCoordinator)
        {
            return Outcome<PastRunImport>.Forbidden("Only coordinators import past runs.");
        }

        var now = clock.GetUtcNow().UtcDateTime;
        if (!offering.IsPastRunRecord || offering.Status == OfferingStatus.Cancelled || offering.EndsAtUtc > now)
        {
            return Outcome<PastRunImport>.Conflict("Only a record of a past run that has ended takes an imported attendance list; this offering enrols people itself.");
        }

        var sessions = (await catalog.GetSessionsAsync([offeringId], cancellationToken)).Where(s => s.Status == SessionStatus.Scheduled).ToList();
        var (lines, errors) = PastRunSheet.Read(csv, sessions);
        if (!errors.IsValid)
        {
            return Outcome<PastRunImport>.Invalid(errors);
        }

        // Accounts first (the host's database): an import that fails afterwards leaves invited people, found again next time.
        var people = new List<(Guid UserId, PastRunLine Line)>();
        var invited = 0;
        foreach (var line in lines)
        {
            var (userId, isNew) = await accounts.FindOrInviteAsync(line.Person, cancellationToken);
            invited += isNew ? 1 : 0;
            people.Add((userId, line));
        }

        var completed = await db.InTransactionAsync(async token =>
        {
            var userIds = people.Select(p => p.UserId).ToList();
            var enrollments = await db.Enrollments.Where(e => e.OfferingId == offeringId && userIds.Contains(e.UserId)).ToDictionaryAsync(e => e.UserId, token);
            foreach (var (userId, _) in people.Where(p => !enrollments.ContainsKey(p.UserId)))
            {
                enrollments[userId] = Enrollment.Domain.Enrollment.FromPastRun(offeringId, userId, offering.StartsAtUtc);
                db.Enrollments.Add(enrollments[userId]);
            }

            var enrollmentIds = enrollments.Values.Select(e => e.Id).ToList();
            var recorded = await db.Attendance.Where(a => enrollmentIds.Contains(a.EnrollmentId)).ToDictionaryAsync(a => (a.EnrollmentId, a.SessionId), token);
            foreach (var (userId, line) in people)
            {
                var enrollment = enrollments[userId];
                foreach (var (sessionId, status) in line.Attendance)
                {
                    if (recorded.TryGetValue((enrollment.Id, sessionId), out var record))
                    {
                        record.Record(status, currentUser.UserId!.Value, now);
                    }
                    else
                    {
                        db.Attendance.Add(new AttendanceRecord(enrollment.Id, offeringId, sessionId, status, currentUser.UserId!.Value, now));
                    }
                }
            }

            audit.Record(db, AuditActions.PastRunImported, new AuditSubject("Offering", offeringId, offeringId),
                new AuditChanges().Add("People", (int?)null, people.Count).Add("Invited", (int?)null, invited));
            await db.SaveChangesAsync(token);
            var before = await db.Enrollments.CountAsync(e => e.OfferingId == offeringId && e.Status == EnrollmentStatus.Completed, token);
            await completion.EvaluateAsync(offeringId, userIds, token, completedAtUtc: offering.EndsAtUtc);
            await db.SaveChangesAsync(token);
            return await db.Enrollments.CountAsync(e => e.OfferingId == offeringId && e.Status == EnrollmentStatus.Completed, token) - before;
        }, _ => true, cancellationToken);

        return Outcome<PastRunImport>.Ok(new PastRunImport(people.Count, invited, completed));
    }
}

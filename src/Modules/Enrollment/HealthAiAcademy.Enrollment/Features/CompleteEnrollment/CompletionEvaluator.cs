using HealthAiAcademy.Assessment.Contracts;
using HealthAiAcademy.Courses.Contracts;
using HealthAiAcademy.Enrollment.Contracts;
using HealthAiAcademy.Enrollment.Data;
using Microsoft.EntityFrameworkCore;

namespace HealthAiAcademy.Enrollment.Features.CompleteEnrollment;

/// <summary>
/// Completes enrolled participants who meet the offering's rules: attendance taken for every session that counts, at least
/// the minimum percentage present (excused sessions left out of the count), every required assessment passed, and the
/// course evaluation answered where the offering requires it (until then the enrollment awaits it).
/// The completion and its event are staged in the caller's unit of work, so the event is raised exactly once.
/// </summary>
internal sealed class CompletionEvaluator(EnrollmentDbContext db, ICourseCatalog catalog, IAssessmentDirectory assessments, TimeProvider clock)
{
    /// <param name="completedAtUtc">When the completion happened, if not now (a past run completed on its last day).</param>
    public async Task EvaluateAsync(Guid offeringId, IReadOnlyCollection<Guid> userIds, CancellationToken cancellationToken, DateTime? completedAtUtc = null)
    {
        var offering = await catalog.GetOfferingAsync(offeringId, cancellationToken);
        if (offering is null)
        {
            return;
        }

        var countedSessions = (await catalog.GetSessionsAsync([offeringId], cancellationToken)).Where(s => s.Status == SessionStatus.Scheduled).Select(s => s.Id).ToHashSet();
        var required = await assessments.RequiredForCompletionAsync(offeringId, cancellationToken);
        if (countedSessions.Count == 0 && required.Count == 0)
        {
            return;
        }

        var enrollments = await db.Enrollments
            .Where(e => e.OfferingId == offeringId && e.Status == EnrollmentStatus.Enrolled && userIds.Contains(e.UserId))
            .ToListAsync(cancellationToken);
        var enrollmentIds = enrollments.Select(e => e.Id).ToList();
        var attendance = (await db.Attendance.AsNoTracking().Where(a => enrollmentIds.Contains(a.EnrollmentId)).ToListAsync(cancellationToken))
            .Where(a => countedSessions.Contains(a.SessionId))
            .ToLookup(a => a.EnrollmentId);
        var passed = (await db.PassedAssessments.AsNoTracking().Where(p => p.OfferingId == offeringId && userIds.Contains(p.UserId)).ToListAsync(cancellationToken))
            .ToLookup(p => p.UserId, p => p.AssessmentId);
        var now = completedAtUtc ?? clock.GetUtcNow().UtcDateTime;
        var evaluation = await db.Evaluations.AsNoTracking().Where(e => e.OfferingId == offeringId && e.RequiredForCertificate).Select(e => (Guid?)e.Id)
            .SingleOrDefaultAsync(cancellationToken);
        var evaluated = evaluation is { } evaluationId
            ? (await db.EvaluationReceipts.AsNoTracking().Where(r => r.EvaluationId == evaluationId && userIds.Contains(r.UserId)).Select(r => r.UserId)
                .ToListAsync(cancellationToken)).ToHashSet()
            : [];

        foreach (var enrollment in enrollments)
        {
            var records = attendance[enrollment.Id].ToList();
            if (records.Count < countedSessions.Count || !required.All(id => passed[enrollment.UserId].Contains(id)))
            {
                continue;
            }

            var percent = AttendancePercent(records.Select(r => r.Status));
            if (percent < offering.MinimumAttendancePercent)
            {
                continue;
            }

            if (evaluation is not null && !evaluated.Contains(enrollment.UserId))
            {
                enrollment.AwaitEvaluation(now);
                continue;
            }

            enrollment.Complete(percent, now);
            db.AddIntegrationEvent(new EnrollmentCompletedIntegrationEvent
            {
                OccurredAtUtc = now,
                EnrollmentId = enrollment.Id,
                OfferingId = offeringId,
                UserId = enrollment.UserId,
                AttendancePercent = percent,
                CompletedAtUtc = now,
            });
        }
    }

    /// <summary>Present as a share of the sessions that count; excused sessions count neither way. 100 when nothing counts.</summary>
    public static int AttendancePercent(IEnumerable<AttendanceStatus> statuses)
    {
        var counted = statuses.Where(s => s != AttendanceStatus.Excused).ToList();
        return counted.Count == 0 ? 100 : counted.Count(s => s == AttendanceStatus.Present) * 100 / counted.Count;
    }
}

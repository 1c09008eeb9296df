using HealthAiAcademy.BuildingBlocks.Audit;
using HealthAiAcademy.Assessment.Contracts;
using HealthAiAcademy.Assessment.Data;
using HealthAiAcademy.Assessment.Domain;
using HealthAiAcademy.Assessment.Features.Shared;
using HealthAiAcademy.BuildingBlocks.Users;
using HealthAiAcademy.BuildingBlocks.Web;
using HealthAiAcademy.Courses.Contracts;
using Microsoft.EntityFrameworkCore;

namespace HealthAiAcademy.Assessment.Features.ReleaseGrades;

internal sealed class ReleaseGradesHandler(AssessmentDbContext db, AssessmentAccess access, PassRecorder passes, StaffAudit audit, TimeProvider clock)
{
    /// <summary>Releases every graded (draft) hand-in of the assessment; participants then see grade and feedback, and passes are announced.</summary>
    public async Task<Outcome<ReleaseResult>> HandleAsync(Guid assessmentId, CancellationToken cancellationToken)
    {
        var loaded = await access.ForStaffAsync(assessmentId, "Only the offering's instructors and coordinators release grades.", cancellationToken);
        if (!loaded.IsOk)
        {
            return loaded.Refusal<ReleaseResult>();
        }

        var (assessment, offering) = loaded.Value;

        if (assessment.Kind != AssessmentKind.Assignment)
        {
            return Outcome<ReleaseResult>.Conflict("Quiz results are released by their feedback setting, not by hand.");
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var submissions = await db.Submissions.Where(s => s.AssessmentId == assessmentId && s.State != GradeState.Released).ToListAsync(cancellationToken);
        var released = submissions.Where(s => s.Release(now)).ToList();
        foreach (var submission in released)
        {
            db.GradeAudit.Add(new GradeAuditEntry(submission.Id, access.UserId, now, GradeState.Graded, submission.ScorePercent, submission.ScorePercent,
                submission.Feedback, submission.Feedback, "Released"));
        }

        await passes.RecordAsync(assessment, [.. released.Select(s => (s.UserId, s.ScorePercent ?? 0))], cancellationToken);
        if (released.Count > 0)
        {
            db.AddIntegrationEvent(new GradesReleasedIntegrationEvent
            {
                OccurredAtUtc = now, AssessmentId = assessment.Id, OfferingId = assessment.OfferingId, Title = assessment.Title, UserIds = [.. released.Select(s => s.UserId)],
            });
            audit.Record(db, AuditActions.GradesReleased, new AuditSubject("Assessment", assessment.Id, assessment.OfferingId),
                new AuditChanges().Add("Released", (int?)null, released.Count));
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return Outcome<ReleaseResult>.Conflict("A grade changed while releasing; nothing was released. Try again.");
        }

        return Outcome<ReleaseResult>.Ok(new ReleaseResult(assessmentId, released.Count, submissions.Count(s => s.State == GradeState.NotGraded)));
    }
}

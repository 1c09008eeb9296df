using HealthAiAcademy.Assessment.Contracts;
using HealthAiAcademy.Assessment.Data;
using HealthAiAcademy.Assessment.Domain;
using HealthAiAcademy.Assessment.Features.Authoring;
using HealthAiAcademy.Assessment.Features.Shared;
using HealthAiAcademy.BuildingBlocks.Users;
using HealthAiAcademy.BuildingBlocks.Web;
using HealthAiAcademy.Courses.Contracts;
using Microsoft.EntityFrameworkCore;

namespace HealthAiAcademy.Assessment.Features.Grading;

/// <summary>Marking one hand-in (draft grades, then release), with every change of a released grade audited.</summary>
internal sealed class GradingHandlers(AssessmentDbContext db, AssessmentAccess access, GradingQueue queue, PassRecorder passes, IUserDirectory users, TimeProvider clock)
{
    public async Task<Outcome<SubmissionForMarking>> GetAsync(Guid submissionId, CancellationToken cancellationToken)
    {
        var (submission, assessment, offering, refusal) = await LoadForStaffAsync(submissionId, tracked: false, cancellationToken);
        if (refusal is not null)
        {
            return Refuse<SubmissionForMarking>(refusal.Value);
        }

        var item = (await queue.ToItemsAsync([submission!], new Dictionary<Guid, OfferingSnapshot> { [offering!.Id] = offering }, cancellationToken))[0];
        var audit = await db.GradeAudit.AsNoTracking().Where(a => a.SubmissionId == submissionId).OrderBy(a => a.ChangedAtUtc).ToListAsync(cancellationToken);
        var markers = await users.FindManyAsync([.. audit.Select(a => a.ChangedBy).Distinct()], cancellationToken);
        return Outcome<SubmissionForMarking>.Ok(new SubmissionForMarking(
            item, AssessmentView.From(assessment!), submission!.Text, submission.FileName, submission.FileBytes,
            [.. submission.RubricScores.Select(r => new RubricChoice(r.CriterionId, r.LevelIndex, r.Points))],
            submission.Points, submission.RawScorePercent, submission.PenaltyPercent, submission.Feedback, submission.ReleasedAtUtc, submission.Version,
            [.. audit.Select(a => new AuditView(a.ChangedAtUtc, markers.GetValueOrDefault(a.ChangedBy)?.FullName ?? "(unknown user)", a.StateBefore,
                a.OldScorePercent, a.NewScorePercent, a.Reason))]));
    }

    public async Task<Outcome<SubmissionForMarking>> GradeAsync(Guid submissionId, GradeRequest request, CancellationToken cancellationToken)
    {
        var (submission, assessment, _, refusal) = await LoadForStaffAsync(submissionId, tracked: true, cancellationToken);
        if (refusal is not null)
        {
            return Refuse<SubmissionForMarking>(refusal.Value);
        }

        var errors = new ValidationErrors();
        var (scores, points) = Score(assessment!, request, errors);
        var released = submission!.State == GradeState.Released;
        errors.AddIf(released && string.IsNullOrWhiteSpace(request.Reason), "reason", "Changing a released grade needs a reason; it is kept in the audit trail.");
        errors.AddIf(request.Reason?.Length > 1000, "reason", "At most 1000 characters.");
        errors.AddIf(request.Feedback?.Length > 10_000, "feedback", "At most 10,000 characters.");
        if (!errors.IsValid)
        {
            return Outcome<SubmissionForMarking>.Invalid(errors);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var (stateBefore, oldScore, oldFeedback) = (submission.State, submission.ScorePercent, submission.Feedback);
        var feedback = string.IsNullOrWhiteSpace(request.Feedback) ? null : request.Feedback.Trim();
        submission.Grade(scores, points, assessment!.AvailablePoints, feedback, access.UserId, now);
        db.GradeAudit.Add(new GradeAuditEntry(submission.Id, access.UserId, now, stateBefore, oldScore, submission.ScorePercent, oldFeedback, feedback,
            string.IsNullOrWhiteSpace(request.Reason) ? null : request.Reason.Trim()));
        if (released)
        {
            await passes.RecordAsync(assessment, [(submission.UserId, submission.ScorePercent!.Value)], cancellationToken);
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return Outcome<SubmissionForMarking>.Conflict("Someone else changed this grade at the same moment; reload and try again.");
        }

        return await GetAsync(submissionId, cancellationToken);
    }

    /// <summary>Releases every graded (draft) hand-in of the assessment; participants then see grade and feedback, and passes are announced.</summary>
    public async Task<Outcome<ReleaseResult>> ReleaseAsync(Guid assessmentId, CancellationToken cancellationToken)
    {
        var (assessment, offering) = await access.AssessmentAsync(assessmentId, cancellationToken);
        if (assessment is null || offering is null)
        {
            return Outcome<ReleaseResult>.NotFound("The assessment");
        }

        if (!access.IsStaffOf(offering))
        {
            return Outcome<ReleaseResult>.Forbidden("Only the offering's instructors and coordinators release grades.");
        }

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

    private static (List<RubricScore> Scores, double Points) Score(AssessmentDefinition assessment, GradeRequest request, ValidationErrors errors)
    {
        if (!assessment.HasRubric)
        {
            errors.AddIf(request.Rubric is { Count: > 0 }, "rubric", "This assignment is graded by points, not by a rubric.");
            errors.AddIf(request.Points is null, "points", $"Points between 0 and {assessment.MaxPoints} are required.");
            errors.AddIf(request.Points is { } p && (p < 0 || p > assessment.MaxPoints), "points", $"Points are between 0 and {assessment.MaxPoints}.");
            return ([], request.Points ?? 0);
        }

        var choices = request.Rubric ?? [];
        var scores = new List<RubricScore>();
        for (var index = 0; index < choices.Count; index++)
        {
            var criterion = assessment.Rubric.FirstOrDefault(c => c.Id == choices[index].CriterionId);
            if (criterion is null)
            {
                errors.Add($"rubric[{index}].criterionId", "Not a criterion of this rubric.");
            }
            else if (choices[index].LevelIndex < 0 || choices[index].LevelIndex >= criterion.Levels.Count)
            {
                errors.Add($"rubric[{index}].levelIndex", $"'{criterion.Title}' has levels 0 to {criterion.Levels.Count - 1}.");
            }
            else if (scores.Any(s => s.CriterionId == criterion.Id))
            {
                errors.Add($"rubric[{index}].criterionId", $"'{criterion.Title}' is scored twice.");
            }
            else
            {
                scores.Add(new RubricScore { CriterionId = criterion.Id, LevelIndex = choices[index].LevelIndex, Points = criterion.Levels[choices[index].LevelIndex].Points });
            }
        }

        foreach (var missing in assessment.Rubric.Where(c => choices.All(choice => choice.CriterionId != c.Id)))
        {
            errors.Add("rubric", $"Choose a level for '{missing.Title}'.");
        }

        errors.AddIf(request.Points is not null, "points", "This assignment is graded by its rubric; points follow from the levels chosen.");
        return (scores, scores.Sum(s => s.Points));
    }

    private static Outcome<T> Refuse<T>(OutcomeKind kind) => kind == OutcomeKind.NotFound
        ? Outcome<T>.NotFound("The submission")
        : Outcome<T>.Forbidden("Only the offering's instructors and coordinators grade its submissions.");

    private async Task<(Submission?, AssessmentDefinition?, OfferingSnapshot?, OutcomeKind?)> LoadForStaffAsync(Guid submissionId, bool tracked, CancellationToken cancellationToken)
    {
        var submissions = tracked ? db.Submissions : db.Submissions.AsNoTracking();
        var submission = await submissions.SingleOrDefaultAsync(s => s.Id == submissionId, cancellationToken);
        var (assessment, offering) = submission is null ? (null, null) : await access.AssessmentAsync(submission.AssessmentId, cancellationToken);
        if (submission is null || assessment is null || offering is null)
        {
            return (null, null, null, OutcomeKind.NotFound);
        }

        return access.IsStaffOf(offering) ? (submission, assessment, offering, null) : (submission, assessment, offering, OutcomeKind.Forbidden);
    }
}

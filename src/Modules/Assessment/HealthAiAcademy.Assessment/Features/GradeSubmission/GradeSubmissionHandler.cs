using HealthAiAcademy.Assessment.Contracts;
using HealthAiAcademy.Assessment.Data;
using HealthAiAcademy.Assessment.Domain;
using HealthAiAcademy.Assessment.Features.Shared;
using HealthAiAcademy.BuildingBlocks.Users;
using HealthAiAcademy.BuildingBlocks.Web;
using HealthAiAcademy.Courses.Contracts;
using Microsoft.EntityFrameworkCore;

namespace HealthAiAcademy.Assessment.Features.GradeSubmission;

/// <summary>Saves a grade: a draft until released; a released grade changes only with a reason, kept in the audit trail.</summary>
internal sealed class GradeSubmissionHandler(AssessmentDbContext db, AssessmentAccess access, SubmissionMarking marking, PassRecorder passes, TimeProvider clock)
{
    public async Task<Outcome<SubmissionForMarking>> HandleAsync(Guid submissionId, GradeRequest request, CancellationToken cancellationToken)
    {
        var (submission, assessment, offering, refusal) = await marking.LoadForStaffAsync(submissionId, tracked: true, cancellationToken);
        if (refusal is not null)
        {
            return SubmissionMarking.Refuse<SubmissionForMarking>(refusal.Value);
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

        return Outcome<SubmissionForMarking>.Ok(await marking.ViewAsync(submission, assessment, offering!, cancellationToken));
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
}

using HealthAiAcademy.Assessment.Contracts;
using HealthAiAcademy.Assessment.Data;
using HealthAiAcademy.Assessment.Domain;
using Microsoft.EntityFrameworkCore;

namespace HealthAiAcademy.Assessment.Features.Shared;

/// <summary>A participant's own standing per assessment, showing grades only once the participant may see them.</summary>
internal sealed class ParticipantStanding(AssessmentDbContext db, TimeProvider clock)
{
    public async Task<IReadOnlyDictionary<Guid, MyAssessmentState>> ForAsync(
        Guid userId, Guid offeringId, IReadOnlyCollection<AssessmentDefinition> assessments, CancellationToken cancellationToken)
    {
        var ids = assessments.Select(a => a.Id).ToList();
        var attempts = (await db.Attempts.AsNoTracking().Where(a => a.OfferingId == offeringId && a.UserId == userId).ToListAsync(cancellationToken))
            .ToLookup(a => a.AssessmentId);
        var submissions = await db.Submissions.AsNoTracking().Where(s => s.OfferingId == offeringId && s.UserId == userId).ToDictionaryAsync(s => s.AssessmentId, cancellationToken);
        var extensions = await db.Extensions.AsNoTracking().Where(e => e.UserId == userId && ids.Contains(e.AssessmentId)).ToDictionaryAsync(e => e.AssessmentId, e => e.DueAtUtc, cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;

        return assessments.ToDictionary(a => a.Id, a =>
        {
            var due = a.DueFor(extensions.TryGetValue(a.Id, out var extended) ? extended : null);
            if (a.Kind == AssessmentKind.Quiz)
            {
                var mine = attempts[a.Id].ToList();
                var showScore = a.Feedback == FeedbackTiming.AfterAttempt || (due is { } d && now > d);
                var score = showScore ? QuizAttempt.CountedScore(mine, a.CountedAttempt) : null;
                var open = mine.FirstOrDefault(x => x.Status == AttemptStatus.InProgress && (x.DeadlineUtc is null || x.DeadlineUtc > now));
                return new MyAssessmentState(due, mine.Count, open?.Id, score, score is { } s ? a.Passes(s) : null, null, null, null, null, []);
            }

            if (!submissions.TryGetValue(a.Id, out var submission))
            {
                return new MyAssessmentState(due, 0, null, null, null, null, null, null, null, []);
            }

            var released = submission.State == GradeState.Released;
            var lines = released
                ? a.Rubric.Select(c =>
                {
                    var chosen = submission.RubricScores.FirstOrDefault(r => r.CriterionId == c.Id);
                    var level = chosen is null || chosen.LevelIndex >= c.Levels.Count ? "" : c.Levels[chosen.LevelIndex].Label;
                    return new MyRubricLine(c.Title, level, chosen?.Points ?? 0, c.MaxPoints);
                }).ToList()
                : [];
            return new MyAssessmentState(
                due, 1, null, released ? submission.ScorePercent : null, released ? a.Passes(submission.ScorePercent ?? 0) : null,
                submission.Id, submission.SubmittedAtUtc, released ? "Released" : "Awaiting grade", released ? submission.Feedback : null, lines);
        });
    }
}

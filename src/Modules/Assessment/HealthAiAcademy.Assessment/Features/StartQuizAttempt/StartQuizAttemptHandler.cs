using HealthAiAcademy.Assessment.Contracts;
using HealthAiAcademy.Assessment.Data;
using HealthAiAcademy.Assessment.Domain;
using HealthAiAcademy.Assessment.Features.Shared;
using HealthAiAcademy.BuildingBlocks.Data;
using HealthAiAcademy.BuildingBlocks.Web;
using Microsoft.EntityFrameworkCore;

namespace HealthAiAcademy.Assessment.Features.StartQuizAttempt;

/// <summary>Starts a quiz attempt, or gives back the one still open; refuses when the attempts are used or late work is refused.</summary>
internal sealed class StartQuizAttemptHandler(AssessmentDbContext db, AssessmentAccess access, AttemptViews views, TimeProvider clock)
{
    public async Task<Outcome<(AttemptView Attempt, bool Created)>> HandleAsync(Guid assessmentId, CancellationToken cancellationToken)
    {
        var (assessment, offering) = await access.AssessmentAsync(assessmentId, cancellationToken);
        if (assessment is null || offering is null || !await access.IsParticipantAsync(offering.Id, cancellationToken))
        {
            return Outcome<(AttemptView, bool)>.NotFound("The quiz");
        }

        if (assessment.Kind != AssessmentKind.Quiz)
        {
            return Outcome<(AttemptView, bool)>.Conflict("This assessment is an assignment: hand in work instead of starting an attempt.");
        }

        var userId = access.UserId;
        var now = clock.GetUtcNow().UtcDateTime;
        var attempts = await db.Attempts.AsNoTracking().Where(a => a.AssessmentId == assessmentId && a.UserId == userId).ToListAsync(cancellationToken);
        if (attempts.FirstOrDefault(a => a.Status == AttemptStatus.InProgress && (a.DeadlineUtc is null || a.DeadlineUtc.Value + AttemptViews.Grace > now)) is { } open)
        {
            return Outcome<(AttemptView, bool)>.Ok((await views.ViewAsync(assessment, open, cancellationToken), false));
        }

        if (assessment.RefusesLateWork(await access.ExtensionAsync(assessmentId, userId, cancellationToken), now) is { } refusal)
        {
            return Outcome<(AttemptView, bool)>.Conflict(refusal);
        }

        if (assessment.RefusesAnotherAttempt(attempts.Count) is { } used)
        {
            return Outcome<(AttemptView, bool)>.Conflict(used);
        }

        var order = assessment.ShuffleQuestions ? assessment.QuestionIds.OrderBy(_ => Random.Shared.Next()).ToList() : assessment.QuestionIds;
        var attempt = new QuizAttempt(Guid.NewGuid(), assessmentId, offering.Id, userId, attempts.Count + 1, order, now,
            assessment.TimeLimitMinutes is { } minutes ? now.AddMinutes(minutes) : null);
        db.Attempts.Add(attempt);
        if (!await db.SaveUnlessDuplicateAsync(cancellationToken))
        {
            // Another start of the same attempt number won the race; that attempt is the one to continue.
            return Outcome<(AttemptView, bool)>.Conflict("An attempt was started at the same moment; open it from the quiz page.");
        }

        return Outcome<(AttemptView, bool)>.Ok((await views.ViewAsync(assessment, attempt, cancellationToken), true));
    }
}

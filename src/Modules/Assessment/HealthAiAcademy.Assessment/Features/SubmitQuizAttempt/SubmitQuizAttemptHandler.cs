using HealthAiAcademy.Assessment.Contracts;
using HealthAiAcademy.Assessment.Data;
using HealthAiAcademy.Assessment.Domain;
using HealthAiAcademy.Assessment.Features.Shared;
using HealthAiAcademy.BuildingBlocks.Data;
using HealthAiAcademy.BuildingBlocks.Web;
using Microsoft.EntityFrameworkCore;

namespace HealthAiAcademy.Assessment.Features.SubmitQuizAttempt;

/// <summary>Hands in an attempt: scored at once, and a pass is recorded for completion.</summary>
internal sealed class SubmitQuizAttemptHandler(AssessmentDbContext db, AssessmentAccess access, PassRecorder passes, AttemptViews views, TimeProvider clock)
{
    public async Task<Outcome<AttemptView>> HandleAsync(Guid attemptId, SubmitAttemptRequest request, CancellationToken cancellationToken)
    {
        var attempt = await db.Attempts.SingleOrDefaultAsync(a => a.Id == attemptId && a.UserId == access.UserId, cancellationToken);
        var assessment = attempt is null ? null : await db.Assessments.AsNoTracking().SingleOrDefaultAsync(a => a.Id == attempt.AssessmentId, cancellationToken);
        if (attempt is null || assessment is null)
        {
            return Outcome<AttemptView>.NotFound("The attempt");
        }

        if (attempt.Status != AttemptStatus.InProgress)
        {
            return Outcome<AttemptView>.Conflict("This attempt has already been handed in.");
        }

        var questions = await db.Questions.AsNoTracking().Where(q => attempt.QuestionOrder.Contains(q.Id)).ToDictionaryAsync(q => q.Id, cancellationToken);
        var errors = new ValidationErrors();
        var answers = ParseAnswers(request.Answers ?? [], questions, errors);
        if (!errors.IsValid)
        {
            return Outcome<AttemptView>.Invalid(errors);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        if (attempt.DeadlineUtc is { } deadline && now > deadline + AttemptViews.Grace)
        {
            attempt.Expire(now);
            await SaveOnceAsync(cancellationToken);
            return Outcome<AttemptView>.Conflict("The time limit has passed: this attempt is closed without a score.");
        }

        var extension = await access.ExtensionAsync(assessment.Id, attempt.UserId, cancellationToken);
        // The same grace as the time limit: an attempt handed in as the due date passes, on a slow connection, still counts.
        if (assessment.RefusesLateWork(extension, now - AttemptViews.Grace) is { } refusal)
        {
            attempt.Expire(now);
            await SaveOnceAsync(cancellationToken);
            return Outcome<AttemptView>.Conflict(refusal);
        }

        var scored = attempt.QuestionOrder.Where(questions.ContainsKey).Select(id =>
        {
            var answer = answers.GetValueOrDefault(id) ?? new QuizAnswer { QuestionId = id };
            answer.Award(QuestionScorer.Credit(questions[id], answer));
            return answer;
        }).ToList();
        var raw = QuestionScorer.ScorePercent([.. scored.Select(a => (questions[a.QuestionId].Points, a.Credit))]);
        var penalty = assessment.PenaltyFor(extension, attempt.StartedAtUtc);
        var submitted = await db.InTransactionAsync(async token =>
        {
            var current = await db.Attempts.SingleAsync(a => a.Id == attemptId, token);
            if (current.Status != AttemptStatus.InProgress)
            {
                return Outcome<QuizAttempt>.Conflict("This attempt has already been handed in.");
            }

            current.Submit(scored, raw, penalty, now);
            var counted = QuizAttempt.CountedScore(
                [.. await db.Attempts.AsNoTracking().Where(a => a.AssessmentId == assessment.Id && a.UserId == current.UserId && a.Id != current.Id).ToListAsync(token), current],
                assessment.CountedAttempt);
            if (counted is { } score)
            {
                await passes.RecordAsync(assessment, [(current.UserId, score)], token);
            }

            return await SaveOnceAsync(token)
                ? Outcome<QuizAttempt>.Ok(current)
                : Outcome<QuizAttempt>.Conflict("This attempt has already been handed in.");
        }, cancellationToken);

        return submitted.IsOk
            ? Outcome<AttemptView>.Ok(await views.ViewAsync(assessment, submitted.Value!, cancellationToken))
            : Outcome<AttemptView>.Conflict(submitted.Detail!);
    }

    private static Dictionary<Guid, QuizAnswer> ParseAnswers(IReadOnlyList<AnswerRequest> requested, IReadOnlyDictionary<Guid, Question> questions, ValidationErrors errors)
    {
        var answers = new Dictionary<Guid, QuizAnswer>();
        for (var index = 0; index < requested.Count; index++)
        {
            var item = requested[index];
            if (!questions.TryGetValue(item.QuestionId, out var question))
            {
                errors.Add($"answers[{index}].questionId", "Not a question of this attempt.");
                continue;
            }

            if (!answers.TryAdd(item.QuestionId, new QuizAnswer
                {
                    QuestionId = item.QuestionId,
                    Choices = [.. item.Choices ?? []],
                    Boolean = item.Boolean,
                    Number = item.Number,
                    Text = item.Text?.Length > 500 ? item.Text[..500] : item.Text,
                }))
            {
                errors.Add($"answers[{index}].questionId", "This question is answered twice.");
            }

            var choices = item.Choices ?? [];
            errors.AddIf(choices.Any(c => c < 0 || c >= question.Options.Count), $"answers[{index}].choices", "A choice refers to an option the question does not have.");
            errors.AddIf(question.Type == QuestionType.SingleChoice && choices.Count > 1, $"answers[{index}].choices", "Choose one option.");
        }

        return answers;
    }

    /// <summary>False when another request handed the attempt in first (the status is the concurrency token).</summary>
    private async Task<bool> SaveOnceAsync(CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return true;
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return false;
        }
    }
}

using HealthAiAcademy.Assessment.Contracts;
using HealthAiAcademy.Assessment.Data;
using HealthAiAcademy.Assessment.Domain;
using HealthAiAcademy.Assessment.Features.Shared;
using HealthAiAcademy.BuildingBlocks.Data;
using HealthAiAcademy.BuildingBlocks.Web;
using Microsoft.EntityFrameworkCore;

namespace HealthAiAcademy.Assessment.Features.Quizzes;

/// <summary>Taking a quiz: start an attempt (questions shuffled per attempt), hand it in, see the auto-graded result.</summary>
internal sealed class QuizHandlers(AssessmentDbContext db, AssessmentAccess access, PassRecorder passes, TimeProvider clock)
{
    /// <summary>Answers handed in this long after the time limit still count: the request may have been on its way.</summary>
    internal static readonly TimeSpan Grace = TimeSpan.FromSeconds(30);

    public async Task<Outcome<(AttemptView Attempt, bool Created)>> StartAsync(Guid assessmentId, CancellationToken cancellationToken)
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
        if (attempts.FirstOrDefault(a => a.Status == AttemptStatus.InProgress && (a.DeadlineUtc is null || a.DeadlineUtc.Value + Grace > now)) is { } open)
        {
            return Outcome<(AttemptView, bool)>.Ok((await ViewAsync(assessment, open, cancellationToken), false));
        }

        if (assessment.RefusesLateWork(await access.ExtensionAsync(assessmentId, userId, cancellationToken), now) is { } refusal)
        {
            return Outcome<(AttemptView, bool)>.Conflict(refusal);
        }

        if (attempts.Count >= assessment.MaxAttempts)
        {
            return Outcome<(AttemptView, bool)>.Conflict($"All {assessment.MaxAttempts} attempts are used.");
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

        return Outcome<(AttemptView, bool)>.Ok((await ViewAsync(assessment, attempt, cancellationToken), true));
    }

    public async Task<Outcome<AttemptView>> GetAsync(Guid attemptId, CancellationToken cancellationToken)
    {
        var attempt = await db.Attempts.AsNoTracking().SingleOrDefaultAsync(a => a.Id == attemptId && a.UserId == access.UserId, cancellationToken);
        var assessment = attempt is null ? null : await db.Assessments.AsNoTracking().SingleOrDefaultAsync(a => a.Id == attempt.AssessmentId, cancellationToken);
        return attempt is null || assessment is null
            ? Outcome<AttemptView>.NotFound("The attempt")
            : Outcome<AttemptView>.Ok(await ViewAsync(assessment, attempt, cancellationToken));
    }

    public async Task<Outcome<AttemptView>> SubmitAsync(Guid attemptId, SubmitAttemptRequest request, CancellationToken cancellationToken)
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
        if (attempt.DeadlineUtc is { } deadline && now > deadline + Grace)
        {
            attempt.Expire(now);
            await SaveOnceAsync(cancellationToken);
            return Outcome<AttemptView>.Conflict("The time limit has passed: this attempt is closed without a score.");
        }

        var scored = attempt.QuestionOrder.Where(questions.ContainsKey).Select(id =>
        {
            var answer = answers.GetValueOrDefault(id) ?? new QuizAnswer { QuestionId = id };
            answer.Credit = QuestionScorer.Credit(questions[id], answer);
            return answer;
        }).ToList();
        var raw = QuestionScorer.ScorePercent([.. scored.Select(a => (questions[a.QuestionId].Points, a.Credit))]);
        var extension = await access.ExtensionAsync(assessment.Id, attempt.UserId, cancellationToken);
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
            ? Outcome<AttemptView>.Ok(await ViewAsync(assessment, submitted.Value!, cancellationToken))
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

    private async Task<AttemptView> ViewAsync(AssessmentDefinition assessment, QuizAttempt attempt, CancellationToken cancellationToken)
    {
        var questions = await db.Questions.AsNoTracking().Where(q => attempt.QuestionOrder.Contains(q.Id)).ToDictionaryAsync(q => q.Id, cancellationToken);
        var ordered = attempt.QuestionOrder.Where(questions.ContainsKey).Select(id => questions[id]).ToList();
        AttemptResult? result = null;
        if (attempt.Status != AttemptStatus.InProgress)
        {
            var now = clock.GetUtcNow().UtcDateTime;
            var extension = await access.ExtensionAsync(assessment.Id, attempt.UserId, cancellationToken);
            var feedbackDue = assessment.Feedback == FeedbackTiming.AfterAttempt || (assessment.DueFor(extension) is { } due && now > due);
            var all = await db.Attempts.AsNoTracking().Where(a => a.AssessmentId == assessment.Id && a.UserId == attempt.UserId).ToListAsync(cancellationToken);
            var counted = QuizAttempt.CountedScore(all, assessment.CountedAttempt);
            result = new AttemptResult(
                feedbackDue ? attempt.ScorePercent : null, attempt.PenaltyPercent,
                feedbackDue && attempt.ScorePercent is { } score ? assessment.Passes(score) : null,
                feedbackDue ? counted : null, Math.Max(0, assessment.MaxAttempts - all.Count),
                feedbackDue ? [.. ordered.Select(q => Feedback(q, attempt.Answers.FirstOrDefault(a => a.QuestionId == q.Id)))] : null);
        }

        return new AttemptView(attempt.Id, assessment.Id, assessment.Title, attempt.Number, attempt.Status, attempt.StartedAtUtc, attempt.DeadlineUtc,
            [.. ordered.Select(q => new AttemptQuestion(q.Id, q.Type, q.Prompt, q.Points, [.. q.Options.Select(o => o.Text)]))], result);
    }

    private static QuestionFeedback Feedback(Question question, QuizAnswer? answer) => new(
        question.Id, answer?.Credit ?? 0, question.Points, question.Explanation,
        question.Type switch
        {
            QuestionType.SingleChoice or QuestionType.MultipleChoice => string.Join("; ", question.Options.Where(o => o.IsCorrect).Select(o => o.Text)),
            QuestionType.TrueFalse => question.CorrectBoolean == true ? "True" : "False",
            QuestionType.Numeric => $"{question.CorrectNumber} (± {question.Tolerance})",
            _ => string.Join(" / ", question.AcceptedAnswers),
        });
}

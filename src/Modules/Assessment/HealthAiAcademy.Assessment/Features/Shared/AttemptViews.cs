using HealthAiAcademy.Assessment.Contracts;
using HealthAiAcademy.Assessment.Data;
using HealthAiAcademy.Assessment.Domain;
using HealthAiAcademy.BuildingBlocks.Data;
using HealthAiAcademy.BuildingBlocks.Web;
using Microsoft.EntityFrameworkCore;

namespace HealthAiAcademy.Assessment.Features.Shared;

/// <summary>An attempt as its participant sees it: questions, and once feedback is due, the score and explanations.</summary>
internal sealed class AttemptViews(AssessmentDbContext db, AssessmentAccess access, TimeProvider clock)
{
    /// <summary>Answers handed in this long after the time limit still count: the request may have been on its way.</summary>
    internal static readonly TimeSpan Grace = TimeSpan.FromSeconds(30);

    public async Task<AttemptView> ViewAsync(AssessmentDefinition assessment, QuizAttempt attempt, CancellationToken cancellationToken)
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

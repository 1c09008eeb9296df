using HealthAiAcademy.Assessment.Domain;

namespace HealthAiAcademy.Assessment.Features.Shared;

/// <summary>An attempt as its participant sees it: the questions in their order, without answers; the result once handed in.</summary>
internal sealed record AttemptView(
    Guid Id, Guid AssessmentId, string Title, int Number, AttemptStatus Status, DateTime StartedAtUtc, DateTime? DeadlineUtc,
    IReadOnlyList<AttemptQuestion> Questions, AttemptResult? Result);

internal sealed record AttemptQuestion(Guid Id, QuestionType Type, string Prompt, double Points, IReadOnlyList<string> Options);

/// <param name="Questions">Per question what was right, shown only when the quiz's feedback timing allows.</param>
internal sealed record AttemptResult(
    double? ScorePercent, double PenaltyPercent, bool? Passed, double? CountedScorePercent, int AttemptsLeft, IReadOnlyList<QuestionFeedback>? Questions);

internal sealed record QuestionFeedback(Guid QuestionId, double Credit, double Points, string? Explanation, string CorrectAnswer);

internal sealed record SubmitAttemptRequest(IReadOnlyList<AnswerRequest>? Answers);

/// <param name="Choices">0-based option indexes for choice questions.</param>
internal sealed record AnswerRequest(Guid QuestionId, IReadOnlyList<int>? Choices, bool? Boolean, double? Number, string? Text);

using HealthAiAcademy.Assessment.Contracts;
using HealthAiAcademy.Assessment.Domain;

namespace HealthAiAcademy.Assessment.Features.Shared;

internal sealed record AssessmentView(
    Guid Id,
    Guid OfferingId,
    string Title,
    AssessmentKind Kind,
    string? Instructions,
    double Weight,
    double PassMarkPercent,
    DateTime? DueAtUtc,
    LateSubmissionPolicy LatePolicy,
    double LatePenaltyPercentPerDay,
    double LatePenaltyCapPercent,
    int QuestionCount,
    IReadOnlyList<Guid> QuestionIds,
    int? TimeLimitMinutes,
    int MaxAttempts,
    AttemptScoring CountedAttempt,
    FeedbackTiming Feedback,
    bool AcceptsText,
    bool AcceptsFile,
    int MaxFileKilobytes,
    IReadOnlyList<string> AllowedFileExtensions,
    IReadOnlyList<RubricCriterionView> Rubric,
    double AvailablePoints,
    bool BlindMarking,
    bool RequiredForCompletion,
    MyAssessmentState? Mine)
{
    internal static AssessmentView From(AssessmentDefinition a, MyAssessmentState? mine = null) => new(
        a.Id, a.OfferingId, a.Title, a.Kind, a.Instructions, a.Weight, a.PassMarkPercent, a.DueAtUtc, a.LatePolicy, a.LatePenaltyPercentPerDay,
        a.LatePenaltyCapPercent, a.QuestionIds.Count, a.QuestionIds, a.TimeLimitMinutes, a.MaxAttempts, a.CountedAttempt, a.Feedback, a.AcceptsText, a.AcceptsFile,
        a.MaxFileKilobytes, a.AllowedFileExtensions,
        [.. a.Rubric.Select(c => new RubricCriterionView(c.Id, c.Title, c.Description, [.. c.Levels.Select(l => new RubricLevelView(l.Label, l.Points))]))],
        a.AvailablePoints, a.BlindMarking, a.RequiredForCompletion, mine);
}

internal sealed record RubricCriterionView(Guid Id, string Title, string? Description, IReadOnlyList<RubricLevelView> Levels);

internal sealed record RubricLevelView(string Label, double Points);

/// <summary>The signed-in participant's own standing: their due date, attempts or hand-in, and the grade once released.</summary>
internal sealed record MyAssessmentState(
    DateTime? DueAtUtc,
    int AttemptsUsed,
    Guid? OpenAttemptId,
    double? ScorePercent,
    bool? Passed,
    Guid? SubmissionId,
    DateTime? SubmittedAtUtc,
    string? GradeStatus,
    string? Feedback,
    IReadOnlyList<MyRubricLine> RubricLines);

internal sealed record MyRubricLine(string Criterion, string Level, double Points, double MaxPoints);

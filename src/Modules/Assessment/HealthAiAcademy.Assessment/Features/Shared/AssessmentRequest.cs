namespace HealthAiAcademy.Assessment.Features.Shared;

/// <summary>Creates a quiz or an assignment. Enum values are names (e.g. "Quiz", "AcceptWithPenalty").</summary>
internal sealed record AssessmentRequest(
    string? Title,
    string? Kind,
    string? Instructions,
    double? Weight,
    double? PassMarkPercent,
    DateTime? DueAtUtc,
    string? LatePolicy,
    double? LatePenaltyPercentPerDay,
    double? LatePenaltyCapPercent,
    IReadOnlyList<Guid>? QuestionIds,
    bool? ShuffleQuestions,
    int? TimeLimitMinutes,
    int? MaxAttempts,
    string? CountedAttempt,
    string? Feedback,
    bool? AcceptsText,
    bool? AcceptsFile,
    int? MaxFileKilobytes,
    IReadOnlyList<string>? AllowedFileExtensions,
    IReadOnlyList<RubricCriterionRequest>? Rubric,
    double? MaxPoints,
    bool? BlindMarking,
    bool? RequiredForCompletion = null);

internal sealed record RubricCriterionRequest(string? Title, string? Description, IReadOnlyList<RubricLevelRequest>? Levels);

internal sealed record RubricLevelRequest(string? Label, double Points);

internal sealed record ExtensionRequest(DateTime? DueAtUtc);

internal sealed record RequirementRequest(bool Required);

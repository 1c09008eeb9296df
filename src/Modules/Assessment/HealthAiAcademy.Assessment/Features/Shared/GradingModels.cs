using HealthAiAcademy.Assessment.Domain;

namespace HealthAiAcademy.Assessment.Features.Shared;

/// <param name="Participant">The name, or a candidate number while blind marking hides it.</param>
/// <param name="UserId">Null while blind marking hides who handed in.</param>
/// <param name="Participant">The name, or under blind marking "Candidate" and <paramref name="CandidateNumber"/> (pages print it in their language).</param>
internal sealed record QueueItem(
    Guid SubmissionId, Guid AssessmentId, string AssessmentTitle, Guid OfferingId, string OfferingTitle, string Participant, Guid? UserId,
    DateTime SubmittedAtUtc, int DaysLate, GradeState State, double? ScorePercent, int? CandidateNumber = null);

internal sealed record SubmissionForMarking(
    QueueItem Item, AssessmentView Assessment, string? Text, string? FileName, long? FileBytes, IReadOnlyList<RubricChoice> RubricScores,
    double? Points, double? RawScorePercent, double PenaltyPercent, string? Feedback, DateTime? ReleasedAtUtc, int Version, IReadOnlyList<AuditView> Audit);

internal sealed record RubricChoice(Guid CriterionId, int LevelIndex, double Points);

internal sealed record AuditView(DateTime ChangedAtUtc, string ChangedBy, GradeState StateBefore, double? OldScorePercent, double? NewScorePercent, string? Reason);

/// <param name="Rubric">One level per criterion when the assignment has a rubric.</param>
/// <param name="Points">The points when it has none.</param>
/// <param name="Reason">Required when changing a released grade.</param>
internal sealed record GradeRequest(IReadOnlyList<RubricChoiceRequest>? Rubric, double? Points, string? Feedback, string? Reason);

internal sealed record RubricChoiceRequest(Guid CriterionId, int LevelIndex);

internal sealed record ReleaseResult(Guid AssessmentId, int Released, int StillUngraded);

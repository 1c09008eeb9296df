namespace HealthAiAcademy.Assessment.Contracts;

/// <summary>What other modules may ask Assessment synchronously.</summary>
public interface IAssessmentDirectory
{
    /// <summary>Assessments of the given offerings the participant has not handed in yet, with the participant's own due date (extensions included).</summary>
    Task<IReadOnlyList<DueAssessment>> OutstandingForParticipantAsync(Guid userId, IReadOnlyCollection<Guid> offeringIds, CancellationToken cancellationToken);

    /// <summary>For reminders: per assessment due in [fromUtc, toUtc), who has an extension past it or has already handed in (those need no reminder).</summary>
    Task<IReadOnlyList<AssessmentDeadline>> DeadlinesBetweenAsync(DateTime fromUtc, DateTime toUtc, CancellationToken cancellationToken);

    /// <summary>The offering's assessments that must be passed to complete it: Assessment keeps this rule and answers it.</summary>
    Task<IReadOnlySet<Guid>> RequiredForCompletionAsync(Guid offeringId, CancellationToken cancellationToken);

    /// <summary>The participant's released results in an offering, for a transcript (a minor's certificate).</summary>
    Task<ParticipantResults> ResultsAsync(Guid offeringId, Guid userId, CancellationToken cancellationToken);

    /// <summary>Per offering, hand-ins waiting for a first grade.</summary>
    Task<IReadOnlyDictionary<Guid, int>> HandInsToGradeAsync(IReadOnlyCollection<Guid> offeringIds, CancellationToken cancellationToken);

    /// <summary>Per offering: results given (released grades and handed-in quiz attempts, one per person and assessment) and of them passes.</summary>
    Task<IReadOnlyDictionary<Guid, PassFigures>> PassFiguresAsync(IReadOnlyCollection<Guid> offeringIds, CancellationToken cancellationToken);
}

public sealed record DueAssessment(Guid AssessmentId, Guid OfferingId, string Title, AssessmentKind Kind, DateTime? DueAtUtc);

public sealed record AssessmentDeadline(
    Guid AssessmentId, Guid OfferingId, string Title, DateTime DueAtUtc, IReadOnlySet<Guid> ExcusedUserIds);

/// <param name="WeightedScorePercent">The weighted final score over all assessments, null when nothing is released yet.</param>
public sealed record ParticipantResults(Guid OfferingId, Guid UserId, IReadOnlyList<AssessmentResult> Results, double? WeightedScorePercent);

public sealed record AssessmentResult(Guid AssessmentId, string Title, AssessmentKind Kind, double Weight, double ScorePercent, bool Passed);

public sealed record PassFigures(int Results, int Passes)
{
    /// <summary>Passes as a share of the results given; null before any result.</summary>
    public int? PassPercent => Results > 0 ? (int)Math.Round(100.0 * Math.Min(Passes, Results) / Results) : null;
}

using HealthAiAcademy.Assessment.Contracts;

namespace HealthAiAcademy.Assessment.Features.Shared;

/// <param name="BlindDrafts">Unreleased work of blind-marked assignments, by candidate number only: the rows show it as "Blind".</param>
internal sealed record Gradebook(
    Guid OfferingId, string OfferingTitle, IReadOnlyList<GradebookColumn> Assessments, IReadOnlyList<GradebookRow> Rows, GradebookStatistics Statistics,
    IReadOnlyList<BlindDraft> BlindDrafts);

internal sealed record GradebookColumn(Guid Id, string Title, AssessmentKind Kind, double Weight, double PassMarkPercent, bool Required);

/// <param name="FinalPercent">Weighted over all assessments; a missing result counts as 0. None while blind work awaits release.</param>
/// <param name="AwaitingRelease">A blind-marked result is not released yet, so neither the final score nor the result can be shown by name.</param>
internal sealed record GradebookRow(
    Guid UserId, string FullName, string? RegistrationNumber, IReadOnlyList<GradebookCell> Cells, double? FinalPercent, bool Passed, bool AwaitingRelease);

/// <summary>A blind-marked hand-in before release, as markers may see it: under its candidate number, never by name.</summary>
internal sealed record BlindDraft(Guid AssessmentId, string AssessmentTitle, int CandidateNumber, string State, double? ScorePercent);

/// <summary>One result, in the order of the gradebook's assessments.</summary>
/// <param name="State">Released, Graded (draft, staff only), NotGraded, Submitted (quiz), Missing, or Blind (blind-marked work before release).</param>
internal sealed record GradebookCell(double? ScorePercent, string State)
{
    public const string Submitted = nameof(Submitted);

    public static readonly GradebookCell Missing = new(null, nameof(Missing));

    public static readonly GradebookCell Blind = new(null, nameof(Blind));
}

/// <param name="Distribution">Participants per 10-point band of the final score: 0–9, 10–19, … 90–100.</param>
internal sealed record GradebookStatistics(int Participants, double? Mean, double? Median, double? PassRate, IReadOnlyList<int> Distribution);

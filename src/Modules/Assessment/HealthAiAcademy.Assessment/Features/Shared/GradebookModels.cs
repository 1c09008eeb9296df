using HealthAiAcademy.Assessment.Contracts;

namespace HealthAiAcademy.Assessment.Features.Shared;

internal sealed record Gradebook(
    Guid OfferingId, string OfferingTitle, IReadOnlyList<GradebookColumn> Assessments, IReadOnlyList<GradebookRow> Rows, GradebookStatistics Statistics);

internal sealed record GradebookColumn(Guid Id, string Title, AssessmentKind Kind, double Weight, double PassMarkPercent, bool Required);

/// <param name="FinalPercent">Weighted over all assessments; a missing result counts as 0.</param>
internal sealed record GradebookRow(
    Guid UserId, string FullName, string? RegistrationNumber, IReadOnlyList<GradebookCell> Cells, double? FinalPercent, bool Passed);

/// <summary>One result, in the order of the gradebook's assessments.</summary>
/// <param name="State">Released, Graded (draft, staff only), NotGraded, Submitted (quiz) or Missing.</param>
internal sealed record GradebookCell(double? ScorePercent, string State);

/// <param name="Distribution">Participants per 10-point band of the final score: 0–9, 10–19, … 90–100.</param>
internal sealed record GradebookStatistics(int Participants, double? Mean, double? Median, double? PassRate, IReadOnlyList<int> Distribution);

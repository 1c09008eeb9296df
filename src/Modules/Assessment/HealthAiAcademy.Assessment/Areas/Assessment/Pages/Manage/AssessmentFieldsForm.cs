using HealthAiAcademy.Assessment.Features.Shared;

namespace HealthAiAcademy.Assessment.Areas.Assessment.Pages.Manage;

/// <summary>What the shared assessment fields need: the values, the course's question bank, and whether the kind is fixed (edit).</summary>
internal sealed class AssessmentFieldsForm
{
    public AssessmentForm Input { get; init; } = new();

    public Guid OfferingId { get; init; }

    public bool IsEdit { get; init; }

    internal IReadOnlyList<QuestionView> Bank { get; init; } = [];
}

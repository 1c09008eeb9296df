using HealthAiAcademy.BuildingBlocks.Events;

namespace HealthAiAcademy.Assessment.Contracts;

/// <summary>
/// Staff made an assessment required (or no longer required) for completing its offering; Courses keeps the offering's
/// completion rules, so it records the change.
/// </summary>
public sealed record AssessmentRequirementChangedIntegrationEvent : IntegrationEvent
{
    public required Guid AssessmentId { get; init; }

    public required Guid OfferingId { get; init; }

    public required bool Required { get; init; }
}

using HealthAiAcademy.BuildingBlocks.Events;

namespace HealthAiAcademy.Assessment.Contracts;

/// <summary>A participant passed an assessment (raised once per participant and assessment); Enrollment uses it for completion.</summary>
public sealed record AssessmentPassedIntegrationEvent : IntegrationEvent
{
    public required Guid AssessmentId { get; init; }

    public required Guid OfferingId { get; init; }

    public required Guid UserId { get; init; }
}

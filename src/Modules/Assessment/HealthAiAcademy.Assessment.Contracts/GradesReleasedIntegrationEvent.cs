using HealthAiAcademy.BuildingBlocks.Events;

namespace HealthAiAcademy.Assessment.Contracts;

/// <summary>Grades of an assignment became visible to these participants; Enrollment tells them in their notifications.</summary>
public sealed record GradesReleasedIntegrationEvent : IntegrationEvent
{
    public required Guid AssessmentId { get; init; }

    public required Guid OfferingId { get; init; }

    public required string Title { get; init; }

    public required IReadOnlyList<Guid> UserIds { get; init; }
}

using HealthAiAcademy.BuildingBlocks.Events;

namespace HealthAiAcademy.Enrollment.Contracts;

/// <summary>A participant met the offering's completion rules; raised exactly once per enrollment.</summary>
public sealed record EnrollmentCompletedIntegrationEvent : IntegrationEvent
{
    public required Guid EnrollmentId { get; init; }

    public required Guid OfferingId { get; init; }

    public required Guid UserId { get; init; }

    /// <summary>Sessions attended as a percentage of the sessions that count (0-100).</summary>
    public required int AttendancePercent { get; init; }

    public required DateTime CompletedAtUtc { get; init; }
}

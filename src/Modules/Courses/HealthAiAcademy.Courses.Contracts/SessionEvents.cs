using HealthAiAcademy.BuildingBlocks.Events;

namespace HealthAiAcademy.Courses.Contracts;

public sealed record SessionScheduledIntegrationEvent : IntegrationEvent
{
    public required Guid SessionId { get; init; }

    public required Guid OfferingId { get; init; }

    public required DateTime StartsAtUtc { get; init; }

    public required int DurationMinutes { get; init; }
}

/// <summary>A session moved: reminders already planned for the old time must follow it; participants are told.</summary>
public sealed record SessionRescheduledIntegrationEvent : IntegrationEvent
{
    public required Guid SessionId { get; init; }

    public required Guid OfferingId { get; init; }

    public required DateTime PreviousStartsAtUtc { get; init; }

    public required DateTime StartsAtUtc { get; init; }

    public required int DurationMinutes { get; init; }
}

public sealed record SessionCancelledIntegrationEvent : IntegrationEvent
{
    public required Guid SessionId { get; init; }

    public required Guid OfferingId { get; init; }

    public required DateTime StartsAtUtc { get; init; }
}

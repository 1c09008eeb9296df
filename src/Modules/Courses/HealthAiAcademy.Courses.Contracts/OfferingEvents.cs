using HealthAiAcademy.BuildingBlocks.Events;

namespace HealthAiAcademy.Courses.Contracts;

/// <summary>Dates, seats or rules of an offering changed; receivers re-read what they keep of it.</summary>
public sealed record OfferingChangedIntegrationEvent : IntegrationEvent
{
    public required Guid OfferingId { get; init; }

    public int? Capacity { get; init; }

    public required OfferingStatus Status { get; init; }

    /// <summary>Null only in events written before the terms were sent along; receivers then keep the capacity only.</summary>
    public EnrollmentTerms? Terms { get; init; }
}

public sealed record OfferingCancelledIntegrationEvent : IntegrationEvent
{
    public required Guid OfferingId { get; init; }

    public required string Title { get; init; }
}

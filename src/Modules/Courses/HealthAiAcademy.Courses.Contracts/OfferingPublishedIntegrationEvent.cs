using HealthAiAcademy.BuildingBlocks.Events;

namespace HealthAiAcademy.Courses.Contracts;

/// <summary>An offering opened in the catalog: other modules prepare for its participants.</summary>
public sealed record OfferingPublishedIntegrationEvent : IntegrationEvent
{
    public required Guid OfferingId { get; init; }

    public required string Title { get; init; }

    public required OfferingKind Kind { get; init; }

    /// <summary>Seats, or null when unlimited (webinars).</summary>
    public int? Capacity { get; init; }

    public required DateTime StartsAtUtc { get; init; }

    public required DateTime EndsAtUtc { get; init; }

    /// <summary>Null only in events written before the terms were sent along; receivers then ask the catalog.</summary>
    public EnrollmentTerms? Terms { get; init; }
}

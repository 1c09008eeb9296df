using HealthAiAcademy.BuildingBlocks.Events;

namespace HealthAiAcademy.Compliance.Contracts;

/// <summary>A coordinator approved, rejected or withdrew training a person followed elsewhere; the person is told.</summary>
public sealed record EquivalentDecidedIntegrationEvent : IntegrationEvent
{
    public required Guid EquivalentId { get; init; }

    public required Guid UserId { get; init; }

    public required string Requirement { get; init; }

    public required string Training { get; init; }

    /// <summary>Approved, Rejected or Withdrawn.</summary>
    public required string Decision { get; init; }

    public string? Note { get; init; }
}

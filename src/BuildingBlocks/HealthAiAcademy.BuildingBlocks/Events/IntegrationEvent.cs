namespace HealthAiAcademy.BuildingBlocks.Events;

/// <summary>A fact one module publishes for others. Receivers use <see cref="Id"/> to handle it once.</summary>
public abstract record IntegrationEvent
{
    public Guid Id { get; init; } = Guid.NewGuid();

    public required DateTime OccurredAtUtc { get; init; }
}

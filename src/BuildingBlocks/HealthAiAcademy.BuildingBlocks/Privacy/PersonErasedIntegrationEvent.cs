using HealthAiAcademy.BuildingBlocks.Events;

namespace HealthAiAcademy.BuildingBlocks.Privacy;

/// <summary>
/// An administrator erased a person at their request: the account is anonymised, and each module removes what it holds
/// about the person that the retention rules (docs/adr/0018) do not keep.
/// </summary>
public sealed record PersonErasedIntegrationEvent : IntegrationEvent
{
    public required Guid UserId { get; init; }
}

using HealthAiAcademy.BuildingBlocks.Events;

namespace HealthAiAcademy.Compliance.Contracts;

/// <summary>
/// Whether a person may operate or oversee an AI system changed (a certificate issued, revoked or expired, a move to
/// another unit, a new requirement): what the status API now answers. Hospital systems get it by webhook.
/// </summary>
public sealed record OperatorStandingChangedIntegrationEvent : IntegrationEvent
{
    public required Guid SystemId { get; init; }

    public required string SystemName { get; init; }

    public required Guid UserId { get; init; }

    public string? Email { get; init; }

    public string? StaffNumber { get; init; }

    public required bool MayOperate { get; init; }

    public DateOnly? OperateUntil { get; init; }

    public required bool MayOversee { get; init; }

    public DateOnly? OverseeUntil { get; init; }
}

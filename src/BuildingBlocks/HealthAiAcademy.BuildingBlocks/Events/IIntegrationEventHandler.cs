namespace HealthAiAcademy.BuildingBlocks.Events;

/// <summary>Handles one integration event type. Delivery is at least once: implementations must be idempotent (use the inbox).</summary>
public interface IIntegrationEventHandler<in TEvent>
    where TEvent : IntegrationEvent
{
    Task HandleAsync(TEvent integrationEvent, CancellationToken cancellationToken);
}

namespace HealthAiAcademy.BuildingBlocks.Outbox;

/// <summary>Asks for a module's outbox to be delivered soon (after a commit). A sweep delivers whatever a lost request leaves behind.</summary>
public interface IOutboxDeliveryScheduler
{
    void ScheduleDelivery(string moduleName);
}

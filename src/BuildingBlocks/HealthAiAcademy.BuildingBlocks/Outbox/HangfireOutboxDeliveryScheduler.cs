using Hangfire;

namespace HealthAiAcademy.BuildingBlocks.Outbox;

internal sealed class HangfireOutboxDeliveryScheduler(IBackgroundJobClient jobs) : IOutboxDeliveryScheduler
{
    public void ScheduleDelivery(string moduleName) =>
        jobs.Enqueue<OutboxDispatcher>(dispatcher => dispatcher.DeliverAsync(moduleName, CancellationToken.None));
}

using Microsoft.Extensions.DependencyInjection;

namespace HealthAiAcademy.BuildingBlocks.Outbox;

public static class OutboxRegistration
{
    public static IServiceCollection AddOutboxDelivery(this IServiceCollection services)
    {
        services.AddSingleton<IOutboxDeliveryScheduler, HangfireOutboxDeliveryScheduler>();
        services.AddSingleton<OutboxDeliveryLocks>();
        services.AddTransient<OutboxDispatcher>();
        return services;
    }
}

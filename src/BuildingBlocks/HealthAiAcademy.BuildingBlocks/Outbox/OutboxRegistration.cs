using HealthAiAcademy.BuildingBlocks.Data;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace HealthAiAcademy.BuildingBlocks.Outbox;

public static class OutboxRegistration
{
    public static IServiceCollection AddOutboxDelivery(this IServiceCollection services)
    {
        services.AddSingleton<IOutboxDeliveryScheduler, HangfireOutboxDeliveryScheduler>();
        services.AddSingleton<OutboxDeliveryLocks>();
        services.AddTransient<OutboxDispatcher>();
        services.AddSingleton<ParkedOutboxMessages>();
        services.AddHealthChecks().AddCheck<ParkedOutboxHealthCheck>("outbox-parked", HealthStatus.Degraded, [ModuleDatabaseRegistration.ReadinessTag]);
        return services;
    }
}

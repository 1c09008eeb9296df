using Microsoft.Extensions.DependencyInjection;

namespace HealthAiAcademy.BuildingBlocks.Events;

public static class IntegrationEventHandlerRegistration
{
    public static IServiceCollection AddIntegrationEventHandler<TEvent, THandler>(this IServiceCollection services)
        where TEvent : IntegrationEvent
        where THandler : class, IIntegrationEventHandler<TEvent>
    {
        services.AddScoped<IIntegrationEventHandler<TEvent>, THandler>();
        return services;
    }
}

using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace HealthAiAcademy.BuildingBlocks.Audit;

public static class AuditRegistration
{
    /// <summary>The writer every module records staff actions with, and the reader of all their trails.</summary>
    public static IServiceCollection AddStaffAudit(this IServiceCollection services)
    {
        services.TryAddScoped<StaffAudit>();
        services.TryAddSingleton<AuditTrail>();
        return services;
    }
}

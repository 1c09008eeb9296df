using HealthAiAcademy.BuildingBlocks.Data;
using HealthAiAcademy.Certification.Data;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace HealthAiAcademy.Certification;

/// <summary>The Certification module: proof of completion. Its database holds its outbox and inbox until its features land.</summary>
public static class CertificationModule
{
    public const string Name = "Certification";

    public static IServiceCollection AddCertificationModule(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddModuleDatabase<CertificationDbContext, CertificationSqliteDbContext, CertificationSqlServerDbContext>(
            configuration, Name, CertificationDbContext.Schema);
        return services;
    }

    public static IEndpointRouteBuilder MapCertificationModule(this IEndpointRouteBuilder endpoints) => endpoints;
}

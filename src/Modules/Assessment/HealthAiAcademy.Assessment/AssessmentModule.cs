using HealthAiAcademy.Assessment.Data;
using HealthAiAcademy.BuildingBlocks.Data;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace HealthAiAcademy.Assessment;

/// <summary>The Assessment module: how learning is checked. Its database holds its outbox and inbox until its features land.</summary>
public static class AssessmentModule
{
    public const string Name = "Assessment";

    public static IServiceCollection AddAssessmentModule(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddModuleDatabase<AssessmentDbContext, AssessmentSqliteDbContext, AssessmentSqlServerDbContext>(
            configuration, Name, AssessmentDbContext.Schema);
        return services;
    }

    public static IEndpointRouteBuilder MapAssessmentModule(this IEndpointRouteBuilder endpoints) => endpoints;
}

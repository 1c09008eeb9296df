using System.Text.Json.Serialization;
using HealthAiAcademy.BuildingBlocks.Data;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.Http.Json;

namespace HealthAiAcademy.Host.Web;

internal static class WebRegistration
{
    public static IServiceCollection AddAcademyWeb(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddProblemDetails();
        services.AddExceptionHandler<ProblemExceptionHandler>();
        services.Configure<JsonOptions>(options =>
            options.SerializerOptions.Converters.Add(new JsonStringEnumConverter()));
        services.Configure<RouteHandlerOptions>(options => options.ThrowOnBadRequest = true);
        services.AddOpenApi();
        services.AddRazorPages();
        services.AddHealthChecks();
        services.AddAcademyRateLimiting(configuration);
        return services;
    }

    public static void MapHealthEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false }).AllowAnonymous();
        endpoints.MapHealthChecks("/health/ready", new HealthCheckOptions
        {
            Predicate = check => check.Tags.Contains(ModuleDatabaseRegistration.ReadinessTag),
        }).AllowAnonymous();
    }
}

using System.Text.Json.Serialization;
using HealthAiAcademy.BuildingBlocks.Authorization;
using HealthAiAcademy.BuildingBlocks.Data;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.Http.Json;

namespace HealthAiAcademy.Host.Web;

internal static class WebRegistration
{
    public static IServiceCollection AddAcademyWeb(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        // Names such as "Łukasz Şahin" are written as they are rather than as character references.
        services.Configure<Microsoft.Extensions.WebEncoders.WebEncoderOptions>(options =>
            options.TextEncoderSettings = new System.Text.Encodings.Web.TextEncoderSettings(System.Text.Unicode.UnicodeRanges.All));
        services.AddProblemDetails(options => options.CustomizeProblemDetails = ProblemLanguage.Apply);
        services.AddExceptionHandler<ProblemExceptionHandler>();
        services.Configure<JsonOptions>(options =>
            options.SerializerOptions.Converters.Add(new JsonStringEnumConverter()));
        services.Configure<RouteHandlerOptions>(options => options.ThrowOnBadRequest = true);
        services.AddOpenApi(options => options.AddOperationTransformer(StandardResponses.ApplyAsync));
        // Pages need a signed-in user unless they say [AllowAnonymous]. No global fallback policy: it would turn
        // routing's own 404/405/415 answers into 401 for visitors; a test checks every endpoint states its policy.
        services.AddRazorPages(options => options.Conventions.AuthorizeFolder("/", Policies.SignedIn));
        services.AddHealthChecks();
        services.AddOutputCache();
        services.AddAcademyRateLimiting(configuration);
        services.AddAcademyProxySupport(configuration);
        services.AddAntiforgery(options => options.Cookie.Name = "academy.antiforgery");
        // Every cookie (sign-in, anti-forgery, language) is Secure outside Development; behind a TLS proxy, once the
        // forwarded headers say https, in Development too.
        services.Configure<CookiePolicyOptions>(options =>
        {
            options.Secure = environment.IsDevelopment() ? CookieSecurePolicy.SameAsRequest : CookieSecurePolicy.Always;
            options.MinimumSameSitePolicy = SameSiteMode.Lax;
        });
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

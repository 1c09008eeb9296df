using HealthAiAcademy.BuildingBlocks.Events;
using HealthAiAcademy.Assessment.Contracts;
using HealthAiAcademy.Courses.Features.CompletionRules;
using HealthAiAcademy.BuildingBlocks.Data;
using HealthAiAcademy.BuildingBlocks.DemoData;
using HealthAiAcademy.Courses.Contracts;
using HealthAiAcademy.Courses.Data;
using HealthAiAcademy.Courses.DemoData;
using HealthAiAcademy.Courses.Features.Calendars;
using HealthAiAcademy.Courses.Features.Catalog;
using HealthAiAcademy.Courses.Features.Content;
using HealthAiAcademy.Courses.Features.Courses;
using HealthAiAcademy.Courses.Features.GetOffering;
using HealthAiAcademy.Courses.Features.ListOfferings;
using HealthAiAcademy.Courses.Features.ManageOfferings;
using HealthAiAcademy.Courses.Features.Sessions;
using HealthAiAcademy.Courses.Features.Shared;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace HealthAiAcademy.Courses;

/// <summary>The Courses module: what is taught and when. The host knows it only through this class.</summary>
public static class CoursesModule
{
    public const string Name = "Courses";

    public static IServiceCollection AddCoursesModule(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddModuleDatabase<CoursesDbContext, CoursesSqliteDbContext, CoursesSqlServerDbContext>(
            configuration, Name, CoursesDbContext.Schema);
        services.AddSingleton<MarkdownRenderer>();
        services.AddOutputCache(options => options.AddPolicy(CatalogCache.Policy, policy =>
            policy.Expire(CatalogCache.Lifetime).Tag(CatalogCache.Tag).SetVaryByQuery("*")));
        services.AddScoped<CatalogCache>();
        services.AddScoped<OfferingAccess>();
        services.AddScoped<ListOfferingsHandler>();
        services.AddScoped<GetOfferingHandler>();
        services.AddScoped<CourseRequestValidator>();
        services.AddScoped<CourseHandlers>();
        services.AddScoped<OfferingRequestValidator>();
        services.AddScoped<OfferingCommands>();
        services.AddScoped<ManagedOfferingQueries>();
        services.AddScoped<SessionCommands>();
        services.AddScoped<CalendarQueries>();
        services.AddScoped<ContentHandlers>();
        services.AddScoped<ICourseCatalog, CourseCatalog>();
        services.AddIntegrationEventHandler<AssessmentRequirementChangedIntegrationEvent, AssessmentRequirementChangedHandler>();
        services.AddScoped<IDemoDataSeeder, CoursesDemoDataSeeder>();
        services.Configure<RazorPagesOptions>(options =>
            options.Conventions.AddAreaPageRoute("Courses", "/Manage/CourseEditor", "manage/courses/new"));
        return services;
    }

    public static IEndpointRouteBuilder MapCoursesModule(this IEndpointRouteBuilder endpoints)
    {
        var api = endpoints.MapGroup("/api/courses").WithTags(Name);
        ListOfferingsEndpoint.Map(api);
        GetOfferingEndpoint.Map(api);
        CourseEndpoints.Map(api);
        ManageOfferingEndpoints.Map(api);
        SessionEndpoints.Map(api);
        CalendarEndpoints.Map(api);
        ContentEndpoints.Map(api);
        return endpoints;
    }
}

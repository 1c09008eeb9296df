using HealthAiAcademy.BuildingBlocks.Localization;
using HealthAiAcademy.Assessment.Contracts;
using HealthAiAcademy.BuildingBlocks.Data;
using HealthAiAcademy.BuildingBlocks.DemoData;
using HealthAiAcademy.BuildingBlocks.Events;
using HealthAiAcademy.Courses.Contracts;
using HealthAiAcademy.Courses.Data;
using HealthAiAcademy.Courses.DemoData;
using HealthAiAcademy.Courses.Features.AddContentModule;
using HealthAiAcademy.Courses.Features.AddLesson;
using HealthAiAcademy.Courses.Features.CancelSession;
using HealthAiAcademy.Courses.Features.Catalog;
using HealthAiAcademy.Courses.Features.ChangeOfferingStatus;
using HealthAiAcademy.Courses.Features.CompletionRules;
using HealthAiAcademy.Courses.Features.CreateCourse;
using HealthAiAcademy.Courses.Features.CreateOffering;
using HealthAiAcademy.Courses.Features.GetContent;
using HealthAiAcademy.Courses.Features.GetCourse;
using HealthAiAcademy.Courses.Features.GetManagedOffering;
using HealthAiAcademy.Courses.Features.GetOffering;
using HealthAiAcademy.Courses.Features.GetOfferingCalendar;
using HealthAiAcademy.Courses.Features.GetPersonalCalendar;
using HealthAiAcademy.Courses.Features.ListCourses;
using HealthAiAcademy.Courses.Features.ListManagedOfferings;
using HealthAiAcademy.Courses.Features.ListOfferings;
using HealthAiAcademy.Courses.Features.RerunOffering;
using HealthAiAcademy.Courses.Features.RescheduleSession;
using HealthAiAcademy.Courses.Features.ScheduleSession;
using HealthAiAcademy.Courses.Features.Shared;
using HealthAiAcademy.Courses.Features.SubscribeToCalendar;
using HealthAiAcademy.Courses.Features.UpdateCourse;
using HealthAiAcademy.Courses.Features.UpdateOffering;
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
        UseCaseMessages.Register(typeof(Resources.CoursesText));
        services.AddModuleDatabase<CoursesDbContext, CoursesSqliteDbContext, CoursesSqlServerDbContext>(
            configuration, Name, CoursesDbContext.Schema);
        services.AddSingleton<MarkdownRenderer>();
        services.AddOutputCache(options => options.AddPolicy(CatalogCache.Policy, policy =>
            policy.Expire(CatalogCache.Lifetime).Tag(CatalogCache.Tag).SetVaryByQuery("*")));
        services.AddScoped<CatalogCache>();
        services.AddSingleton<PublishedCatalog>();
        services.AddScoped<OfferingAccess>();
        services.AddScoped<Areas.Courses.Pages.Labels>();
        services.AddScoped<CourseRequestValidator>();
        services.AddScoped<OfferingRequestValidator>();
        services.AddScoped<OfferingChanges>();
        services.AddScoped<ContentChanges>();
        services.AddScoped<Features.EditLesson.EditLessonHandler>();
        services.AddScoped<Features.DeleteLesson.DeleteLessonHandler>();
        services.AddScoped<Features.RenameModule.RenameModuleHandler>();
        services.AddScoped<Features.DeleteModule.DeleteModuleHandler>();
        services.AddScoped<SessionChanges>();
        services.AddScoped<ContentViews>();
        services.AddScoped<ListOfferingsHandler>();
        services.AddScoped<GetOfferingHandler>();
        services.AddScoped<CreateCourseHandler>();
        services.AddScoped<UpdateCourseHandler>();
        services.AddScoped<ListCoursesHandler>();
        services.AddScoped<GetCourseHandler>();
        services.AddScoped<CreateOfferingHandler>();
        services.AddScoped<UpdateOfferingHandler>();
        services.AddScoped<ChangeOfferingStatusHandler>();
        services.AddScoped<RerunOfferingHandler>();
        services.AddScoped<ListManagedOfferingsHandler>();
        services.AddScoped<Features.ShowDashboard.ShowDashboardHandler>();
        services.AddScoped<GetManagedOfferingHandler>();
        services.AddScoped<ScheduleSessionHandler>();
        services.AddScoped<RescheduleSessionHandler>();
        services.AddScoped<CancelSessionHandler>();
        services.AddScoped<GetOfferingCalendarHandler>();
        services.AddScoped<GetPersonalCalendarHandler>();
        services.AddScoped<SubscribeToCalendarHandler>();
        services.AddScoped<GetContentHandler>();
        services.AddScoped<AddContentModuleHandler>();
        services.AddScoped<AddLessonHandler>();
        services.AddScoped<Features.DeclareDisclosure.DeclareDisclosureHandler>();
        services.AddScoped<Features.ListDisclosures.ListDisclosuresHandler>();
        services.AddScoped<ICourseCatalog, CourseCatalog>();
        services.AddIntegrationEventHandler<AssessmentRequirementChangedIntegrationEvent, AssessmentRequirementChangedHandler>();
        services.AddIntegrationEventHandler<BuildingBlocks.Privacy.PersonErasedIntegrationEvent, Features.ErasePerson.PersonErasedHandler>();
        services.AddScoped<BuildingBlocks.Privacy.IPersonalDataSource, Features.ExportPersonalData.PersonalDataExport>();
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
        CreateCourseEndpoint.Map(api);
        UpdateCourseEndpoint.Map(api);
        ListCoursesEndpoint.Map(api);
        GetCourseEndpoint.Map(api);
        CreateOfferingEndpoint.Map(api);
        UpdateOfferingEndpoint.Map(api);
        ChangeOfferingStatusEndpoint.Map(api);
        RerunOfferingEndpoint.Map(api);
        ListManagedOfferingsEndpoint.Map(api);
        GetManagedOfferingEndpoint.Map(api);
        ScheduleSessionEndpoint.Map(api);
        RescheduleSessionEndpoint.Map(api);
        CancelSessionEndpoint.Map(api);
        GetOfferingCalendarEndpoint.Map(api);
        GetPersonalCalendarEndpoint.Map(api);
        SubscribeToCalendarEndpoint.Map(api);
        GetContentEndpoint.Map(api);
        AddContentModuleEndpoint.Map(api);
        AddLessonEndpoint.Map(api);
        Features.EditLesson.EditLessonEndpoint.Map(api);
        Features.DeleteLesson.DeleteLessonEndpoint.Map(api);
        Features.RenameModule.RenameModuleEndpoint.Map(api);
        Features.DeleteModule.DeleteModuleEndpoint.Map(api);
        Features.DeclareDisclosure.DeclareDisclosureEndpoint.Map(api);
        Features.ListDisclosures.ListDisclosuresEndpoint.Map(api);
        return endpoints;
    }
}

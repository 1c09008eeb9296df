using Hangfire;
using HealthAiAcademy.BuildingBlocks.Data;
using HealthAiAcademy.BuildingBlocks.Events;
using HealthAiAcademy.Courses.Contracts;
using HealthAiAcademy.Enrollment.Contracts;
using HealthAiAcademy.Enrollment.Data;
using HealthAiAcademy.Enrollment.Features;
using HealthAiAcademy.Assessment.Contracts;
using HealthAiAcademy.Enrollment.Features.Attendance;
using HealthAiAcademy.Enrollment.Features.ChangeEnrollment;
using HealthAiAcademy.Enrollment.Features.Completion;
using HealthAiAcademy.Enrollment.Features.Reminders;
using HealthAiAcademy.Enrollment.Features.Directory;
using HealthAiAcademy.Enrollment.Features.Enrol;
using HealthAiAcademy.Enrollment.Features.MyEnrollments;
using HealthAiAcademy.Enrollment.Features.Progress;
using HealthAiAcademy.Enrollment.Features.Roster;
using HealthAiAcademy.Enrollment.Features.Shared;
using HealthAiAcademy.Enrollment.Jobs;
using HealthAiAcademy.BuildingBlocks.Jobs;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using HealthAiAcademy.Enrollment.Features.FollowOffering;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace HealthAiAcademy.Enrollment;

/// <summary>The Enrollment module: who takes part. The host knows it only through this class.</summary>
public static class EnrollmentModule
{
    public const string Name = "Enrollment";

    public static IServiceCollection AddEnrollmentModule(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddModuleDatabase<EnrollmentDbContext, EnrollmentSqliteDbContext, EnrollmentSqlServerDbContext>(
            configuration, Name, EnrollmentDbContext.Schema);
        services.AddIntegrationEventHandler<OfferingPublishedIntegrationEvent, OfferingPublishedHandler>();
        services.AddScoped<IEnrollmentDirectory, EnrollmentDirectory>();
        services.Configure<EnrollmentOptions>(configuration.GetSection(EnrollmentOptions.SectionName));
        services.AddScoped<SeatLedger>();
        services.AddScoped<SeatAllocation>();
        services.TryAddScoped<OfferingStaff>();
        services.AddScoped<EnrolHandler>();
        services.AddSingleton<OpenBooks>();
        services.AddScoped<EnrollmentCommands>();
        services.AddScoped<EnrollmentQueries>();
        services.AddScoped<RosterQuery>();
        services.AddIntegrationEventHandler<OfferingChangedIntegrationEvent, OfferingChangedHandler>();
        services.AddIntegrationEventHandler<OfferingCancelledIntegrationEvent, OfferingCancelledHandler>();
        services.AddTransient<SeatOfferExpiryJob>();
        services.AddScoped<CompletionEvaluator>();
        services.AddScoped<DueReminderFinder>();
        services.AddScoped<NotificationHandlers>();
        services.AddTransient<ReminderSweep>();
        services.AddRecurringJob(ReminderSweep.JobId, jobs =>
            jobs.AddOrUpdate<ReminderSweep>(ReminderSweep.JobId, sweep => sweep.RunAsync(CancellationToken.None), "*/5 * * * *"));
        services.AddScoped<AttendanceHandlers>();
        services.AddScoped<AttendanceExport>();
        services.AddScoped<ProgressHandlers>();
        services.AddScoped<MyLearningQuery>();
        services.AddIntegrationEventHandler<AssessmentPassedIntegrationEvent, AssessmentPassedHandler>();
        services.AddIntegrationEventHandler<GradesReleasedIntegrationEvent, GradesReleasedHandler>();
        services.AddRecurringJob(SeatOfferExpiryJob.JobId, jobs =>
            jobs.AddOrUpdate<SeatOfferExpiryJob>(SeatOfferExpiryJob.JobId, job => job.RunAsync(CancellationToken.None), "*/5 * * * *"));
        return services;
    }

    public static IEndpointRouteBuilder MapEnrollmentModule(this IEndpointRouteBuilder endpoints)
    {
        EnrollmentEndpoints.Map(endpoints.MapGroup("/api/enrollment").WithTags(Name));
        return endpoints;
    }
}

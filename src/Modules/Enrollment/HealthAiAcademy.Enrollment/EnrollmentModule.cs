using HealthAiAcademy.BuildingBlocks.Localization;
using Hangfire;
using HealthAiAcademy.Assessment.Contracts;
using HealthAiAcademy.BuildingBlocks.Data;
using HealthAiAcademy.BuildingBlocks.Events;
using HealthAiAcademy.BuildingBlocks.Jobs;
using HealthAiAcademy.Courses.Contracts;
using HealthAiAcademy.Enrollment.Contracts;
using HealthAiAcademy.Enrollment.Data;
using HealthAiAcademy.Enrollment.Features.AcceptSeatOffer;
using HealthAiAcademy.Enrollment.Features.ApproveApplication;
using HealthAiAcademy.Enrollment.Features.ChooseReminders;
using HealthAiAcademy.Enrollment.Features.CompleteEnrollment;
using HealthAiAcademy.Enrollment.Features.Directory;
using HealthAiAcademy.Enrollment.Features.EnrolParticipant;
using HealthAiAcademy.Enrollment.Features.ExpireSeatOffers;
using HealthAiAcademy.Enrollment.Features.ExportAttendance;
using HealthAiAcademy.Enrollment.Features.FollowOffering;
using HealthAiAcademy.Enrollment.Features.GetEnrollment;
using HealthAiAcademy.Enrollment.Features.GetMyAttendance;
using HealthAiAcademy.Enrollment.Features.GetProgress;
using HealthAiAcademy.Enrollment.Features.GetRoster;
using HealthAiAcademy.Enrollment.Features.GetSessionAttendance;
using HealthAiAcademy.Enrollment.Features.ListMyEnrollments;
using HealthAiAcademy.Enrollment.Features.ListNotifications;
using HealthAiAcademy.Enrollment.Features.MarkLessonDone;
using HealthAiAcademy.Enrollment.Features.MarkNoShow;
using HealthAiAcademy.Enrollment.Features.MarkNotificationRead;
using HealthAiAcademy.Enrollment.Features.NotifyGradesReleased;
using HealthAiAcademy.Enrollment.Features.NotifyOfferingChanges;
using HealthAiAcademy.Enrollment.Features.RecordAttendance;
using HealthAiAcademy.Enrollment.Features.RejectApplication;
using HealthAiAcademy.Enrollment.Features.SendReminders;
using HealthAiAcademy.Enrollment.Features.Shared;
using HealthAiAcademy.Enrollment.Features.ShowMyLearning;
using HealthAiAcademy.Enrollment.Features.WithdrawEnrollment;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
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
        UseCaseMessages.Register(typeof(Resources.EnrollmentText));
        services.AddModuleDatabase<EnrollmentDbContext, EnrollmentSqliteDbContext, EnrollmentSqlServerDbContext>(
            configuration, Name, EnrollmentDbContext.Schema);
        services.Configure<EnrollmentOptions>(configuration.GetSection(EnrollmentOptions.SectionName));
        services.AddScoped<IEnrollmentDirectory, EnrollmentDirectory>();
        services.AddSingleton<RecentSeatCounts>();

        // Shared by several use cases.
        services.AddScoped<SeatLedger>();
        services.AddScoped<SeatAllocation>();
        services.AddSingleton<EnrollmentStatusNames>();
        services.AddScoped<EnrollmentBooks>();
        services.AddScoped<BuildingBlocks.DemoData.IDemoDataSeeder, DemoData.EnrollmentDemoDataSeeder>();
        services.TryAddScoped<OfferingStaff>();
        services.AddScoped<EnrollmentChanges>();
        services.AddScoped<SessionStaffAccess>();
        services.AddScoped<LessonProgressReader>();
        services.AddScoped<CompletionEvaluator>();

        // Use cases.
        services.AddScoped<EnrolParticipantHandler>();
        services.AddScoped<ListMyEnrollmentsHandler>();
        services.AddScoped<GetEnrollmentHandler>();
        services.AddScoped<WithdrawEnrollmentHandler>();
        services.AddScoped<ApproveApplicationHandler>();
        services.AddScoped<RejectApplicationHandler>();
        services.AddScoped<MarkNoShowHandler>();
        services.AddScoped<AcceptSeatOfferHandler>();
        services.AddScoped<ListNotificationsHandler>();
        services.AddScoped<MarkNotificationReadHandler>();
        services.AddScoped<ChooseRemindersHandler>();
        services.AddScoped<GetSessionAttendanceHandler>();
        services.AddScoped<RecordAttendanceHandler>();
        services.AddScoped<GetMyAttendanceHandler>();
        services.AddScoped<ExportAttendanceHandler>();
        services.AddScoped<GetProgressHandler>();
        services.AddScoped<MarkLessonDoneHandler>();
        services.AddScoped<GetRosterHandler>();
        services.AddScoped<MyLearningQuery>();
        services.AddScoped<Features.ImportPastRun.ImportPastRunHandler>();
        services.AddScoped<Features.SendAnnouncement.SendAnnouncementHandler>();
        services.AddScoped<Features.ListAnnouncements.ListAnnouncementsHandler>();
        services.AddScoped<Features.SetUpEvaluation.SetUpEvaluationHandler>();
        services.AddScoped<Features.GetEvaluation.GetEvaluationHandler>();
        services.AddScoped<Features.GetEvaluationForm.GetEvaluationFormHandler>();
        services.AddScoped<Features.AnswerEvaluation.AnswerEvaluationHandler>();
        services.AddScoped<Features.GetEvaluationReport.GetEvaluationReportHandler>();

        // Facts from other modules.
        services.AddIntegrationEventHandler<OfferingPublishedIntegrationEvent, OfferingPublishedHandler>();
        services.AddIntegrationEventHandler<OfferingChangedIntegrationEvent, OfferingChangedHandler>();
        services.AddIntegrationEventHandler<OfferingCancelledIntegrationEvent, OfferingCancelledHandler>();
        services.AddIntegrationEventHandler<SessionRescheduledIntegrationEvent, SessionRescheduledHandler>();
        services.AddIntegrationEventHandler<SessionCancelledIntegrationEvent, SessionCancelledHandler>();
        services.AddIntegrationEventHandler<AssessmentPassedIntegrationEvent, AssessmentPassedHandler>();
        services.AddIntegrationEventHandler<GradesReleasedIntegrationEvent, GradesReleasedHandler>();
        services.AddIntegrationEventHandler<BuildingBlocks.Privacy.PersonErasedIntegrationEvent, Features.ErasePerson.PersonErasedHandler>();
        services.AddScoped<BuildingBlocks.Privacy.IPersonalDataSource, Features.ExportPersonalData.PersonalDataExport>();
        services.AddScoped<BuildingBlocks.Privacy.IRetentionRule, Features.ApplyRetention.NotificationRetention>();

        // Recurring sweeps.
        services.AddScoped<DueReminderFinder>();
        services.AddTransient<ReminderSweep>();
        var reminderSchedule = configuration.GetSection(EnrollmentOptions.SectionName)[nameof(EnrollmentOptions.ReminderSchedule)] ?? EnrollmentOptions.DefaultReminderSchedule;
        services.AddRecurringJob(ReminderSweep.JobId, jobs =>
            jobs.AddOrUpdate<ReminderSweep>(ReminderSweep.JobId, sweep => sweep.RunAsync(CancellationToken.None), reminderSchedule));
        services.AddTransient<SeatOfferExpiryJob>();
        services.AddRecurringJob(SeatOfferExpiryJob.JobId, jobs =>
            jobs.AddOrUpdate<SeatOfferExpiryJob>(SeatOfferExpiryJob.JobId, job => job.RunAsync(CancellationToken.None), "*/5 * * * *"));
        return services;
    }

    public static IEndpointRouteBuilder MapEnrollmentModule(this IEndpointRouteBuilder endpoints)
    {
        var api = endpoints.MapGroup("/api/enrollment").WithTags(Name);
        EnrolParticipantEndpoint.Map(api);
        ListMyEnrollmentsEndpoint.Map(api);
        GetEnrollmentEndpoint.Map(api);
        WithdrawEnrollmentEndpoint.Map(api);
        ApproveApplicationEndpoint.Map(api);
        RejectApplicationEndpoint.Map(api);
        MarkNoShowEndpoint.Map(api);
        AcceptSeatOfferEndpoint.Map(api);
        ListNotificationsEndpoint.Map(api);
        MarkNotificationReadEndpoint.Map(api);
        ChooseRemindersEndpoint.Map(api);
        GetSessionAttendanceEndpoint.Map(api);
        RecordAttendanceEndpoint.Map(api);
        GetMyAttendanceEndpoint.Map(api);
        ExportAttendanceEndpoint.Map(api);
        Features.ImportPastRun.ImportPastRunEndpoint.Map(api);
        Features.SendAnnouncement.SendAnnouncementEndpoint.Map(api);
        Features.ListAnnouncements.ListAnnouncementsEndpoint.Map(api);
        Features.SetUpEvaluation.SetUpEvaluationEndpoint.Map(api);
        Features.GetEvaluation.GetEvaluationEndpoint.Map(api);
        Features.GetEvaluationForm.GetEvaluationFormEndpoint.Map(api);
        Features.AnswerEvaluation.AnswerEvaluationEndpoint.Map(api);
        Features.GetEvaluationReport.GetEvaluationReportEndpoint.Map(api);
        GetProgressEndpoint.Map(api);
        MarkLessonDoneEndpoint.Map(api);
        GetRosterEndpoint.Map(api);
        return endpoints;
    }
}

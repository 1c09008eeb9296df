using HealthAiAcademy.BuildingBlocks.Localization;
using HealthAiAcademy.Assessment.Contracts;
using HealthAiAcademy.Assessment.Data;
using HealthAiAcademy.Assessment.DemoData;
using HealthAiAcademy.Assessment.Features.AddQuestion;
using HealthAiAcademy.Assessment.Features.CreateAssessment;
using HealthAiAcademy.Assessment.Features.Directory;
using HealthAiAcademy.Assessment.Features.DownloadSubmissionFile;
using HealthAiAcademy.Assessment.Features.GetAssessment;
using HealthAiAcademy.Assessment.Features.GetGradebook;
using HealthAiAcademy.Assessment.Features.GetQuizAttempt;
using HealthAiAcademy.Assessment.Features.GetSubmissionForMarking;
using HealthAiAcademy.Assessment.Features.GradeSubmission;
using HealthAiAcademy.Assessment.Features.GrantExtension;
using HealthAiAcademy.Assessment.Features.HandInAssignment;
using HealthAiAcademy.Assessment.Features.ListAssessments;
using HealthAiAcademy.Assessment.Features.ListGradingQueue;
using HealthAiAcademy.Assessment.Features.ListQuestionBank;
using HealthAiAcademy.Assessment.Features.ReleaseGrades;
using HealthAiAcademy.Assessment.Features.SetAssessmentRequired;
using HealthAiAcademy.Assessment.Features.Shared;
using HealthAiAcademy.Assessment.Features.StartQuizAttempt;
using HealthAiAcademy.Assessment.Features.SubmitQuizAttempt;
using HealthAiAcademy.Assessment.Features.UpdateAssessment;
using HealthAiAcademy.BuildingBlocks.Audit;
using HealthAiAcademy.BuildingBlocks.Events;
using HealthAiAcademy.BuildingBlocks.Data;
using HealthAiAcademy.BuildingBlocks.DemoData;
using HealthAiAcademy.Courses.Contracts;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace HealthAiAcademy.Assessment;

/// <summary>The Assessment module: how learning is checked. The host knows it only through this class.</summary>
public static class AssessmentModule
{
    public const string Name = "Assessment";

    public static IServiceCollection AddAssessmentModule(this IServiceCollection services, IConfiguration configuration)
    {
        UseCaseMessages.Register(typeof(Resources.AssessmentText));
        services.AddModuleDatabase<AssessmentDbContext, AssessmentSqliteDbContext, AssessmentSqlServerDbContext>(
            configuration, Name, AssessmentDbContext.Schema);
        services.TryAddScoped<OfferingStaff>();
        services.AddScoped<IAssessmentDirectory, AssessmentDirectory>();
        services.AddScoped<AssessmentAccess>();
        services.AddScoped<ParticipantStanding>();
        services.AddScoped<PassRecorder>();
        services.AddScoped<ExtensionsOfAssessment>();
        services.AddScoped<QuestionChanges>();
        services.AddScoped<Features.EditQuestion.EditQuestionHandler>();
        services.AddScoped<Features.DeleteQuestion.DeleteQuestionHandler>();
        services.AddIntegrationEventHandler<BuildingBlocks.Privacy.PersonErasedIntegrationEvent, Features.ErasePerson.PersonErasedHandler>();
        services.AddScoped<BuildingBlocks.Privacy.IPersonalDataSource, Features.ExportPersonalData.PersonalDataExport>();
        services.AddScoped<BuildingBlocks.Privacy.IRetentionRule, Features.ApplyRetention.SubmissionRetention>();
        services.AddSingleton<IAuditTrailSource, GradeHistoryAuditSource>();
        services.AddScoped<AttemptViews>();
        services.AddScoped<GradingQueueItems>();
        services.AddScoped<SubmissionMarking>();

        services.AddScoped<CreateAssessmentHandler>();
        services.AddScoped<ListAssessmentsHandler>();
        services.AddScoped<GetAssessmentHandler>();
        services.AddScoped<UpdateAssessmentHandler>();
        services.AddScoped<GrantExtensionHandler>();
        services.AddScoped<SetAssessmentRequiredHandler>();
        services.AddScoped<AddQuestionHandler>();
        services.AddScoped<ListQuestionBankHandler>();
        services.AddScoped<StartQuizAttemptHandler>();
        services.AddScoped<GetQuizAttemptHandler>();
        services.AddScoped<SubmitQuizAttemptHandler>();
        services.AddScoped<HandInAssignmentHandler>();
        services.AddScoped<DownloadSubmissionFileHandler>();
        services.AddScoped<ListGradingQueueHandler>();
        services.AddScoped<GetSubmissionForMarkingHandler>();
        services.AddScoped<GradeSubmissionHandler>();
        services.AddScoped<ReleaseGradesHandler>();
        services.AddScoped<GetGradebookHandler>();
        services.AddSingleton<OfferingWorkCache>();
        services.AddScoped<IDemoDataSeeder, AssessmentDemoDataSeeder>();
        return services;
    }

    public static IEndpointRouteBuilder MapAssessmentModule(this IEndpointRouteBuilder endpoints)
    {
        var api = endpoints.MapGroup("/api/assessment").WithTags(Name);
        CreateAssessmentEndpoint.Map(api);
        ListAssessmentsEndpoint.Map(api);
        GetAssessmentEndpoint.Map(api);
        UpdateAssessmentEndpoint.Map(api);
        GrantExtensionEndpoint.Map(api);
        SetAssessmentRequiredEndpoint.Map(api);
        AddQuestionEndpoint.Map(api);
        Features.EditQuestion.EditQuestionEndpoint.Map(api);
        Features.DeleteQuestion.DeleteQuestionEndpoint.Map(api);
        ListQuestionBankEndpoint.Map(api);
        StartQuizAttemptEndpoint.Map(api);
        GetQuizAttemptEndpoint.Map(api);
        SubmitQuizAttemptEndpoint.Map(api);
        HandInAssignmentEndpoint.Map(api);
        DownloadSubmissionFileEndpoint.Map(api);
        ListGradingQueueEndpoint.Map(api);
        GetSubmissionForMarkingEndpoint.Map(api);
        GradeSubmissionEndpoint.Map(api);
        ReleaseGradesEndpoint.Map(api);
        GetGradebookEndpoint.Map(api);
        return endpoints;
    }
}

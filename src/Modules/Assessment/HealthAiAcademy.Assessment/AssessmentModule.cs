using HealthAiAcademy.Assessment.Contracts;
using HealthAiAcademy.Assessment.Data;
using HealthAiAcademy.Assessment.DemoData;
using HealthAiAcademy.BuildingBlocks.DemoData;
using HealthAiAcademy.Assessment.Features;
using HealthAiAcademy.Assessment.Features.Assignments;
using HealthAiAcademy.Assessment.Features.Authoring;
using HealthAiAcademy.Assessment.Features.Directory;
using HealthAiAcademy.Assessment.Features.Gradebook;
using HealthAiAcademy.Assessment.Features.Grading;
using HealthAiAcademy.Assessment.Features.QuestionBank;
using HealthAiAcademy.Assessment.Features.Quizzes;
using HealthAiAcademy.Assessment.Features.Shared;
using HealthAiAcademy.BuildingBlocks.Data;
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
        services.AddModuleDatabase<AssessmentDbContext, AssessmentSqliteDbContext, AssessmentSqlServerDbContext>(
            configuration, Name, AssessmentDbContext.Schema);
        services.TryAddScoped<OfferingStaff>();
        services.AddScoped<IAssessmentDirectory, AssessmentDirectory>();
        services.AddScoped<AssessmentAccess>();
        services.AddScoped<ParticipantStanding>();
        services.AddScoped<PassRecorder>();
        services.AddScoped<AssessmentAuthoring>();
        services.AddScoped<QuestionBankHandlers>();
        services.AddScoped<QuizHandlers>();
        services.AddScoped<AssignmentHandlers>();
        services.AddScoped<GradingQueue>();
        services.AddScoped<GradingHandlers>();
        services.AddScoped<GradebookQuery>();
        services.AddScoped<IDemoDataSeeder, AssessmentDemoDataSeeder>();
        return services;
    }

    public static IEndpointRouteBuilder MapAssessmentModule(this IEndpointRouteBuilder endpoints)
    {
        AssessmentEndpoints.Map(endpoints.MapGroup("/api/assessment").WithTags(Name));
        return endpoints;
    }
}

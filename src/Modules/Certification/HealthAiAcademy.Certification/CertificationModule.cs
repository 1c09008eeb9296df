using Hangfire;
using HealthAiAcademy.BuildingBlocks.Data;
using HealthAiAcademy.BuildingBlocks.Events;
using HealthAiAcademy.BuildingBlocks.Jobs;
using HealthAiAcademy.Certification.Data;
using HealthAiAcademy.Certification.Features;
using HealthAiAcademy.Certification.Features.Expiry;
using HealthAiAcademy.Certification.Features.Issue;
using HealthAiAcademy.Certification.Features.Manage;
using HealthAiAcademy.Certification.Features.MyCertificates;
using HealthAiAcademy.Certification.Features.Verify;
using HealthAiAcademy.Certification.Rendering;
using HealthAiAcademy.Courses.Contracts;
using HealthAiAcademy.Enrollment.Contracts;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace HealthAiAcademy.Certification;

/// <summary>The Certification module: proof of completion. The host knows it only through this class.</summary>
public static class CertificationModule
{
    public const string Name = "Certification";

    public static IServiceCollection AddCertificationModule(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddModuleDatabase<CertificationDbContext, CertificationSqliteDbContext, CertificationSqlServerDbContext>(
            configuration, Name, CertificationDbContext.Schema);
        services.Configure<CertificateOptions>(configuration.GetSection(CertificateOptions.SectionName));
        services.TryAddScoped<OfferingStaff>();
        services.AddSingleton<ICertificateRenderer, PdfSharpCertificateRenderer>();
        services.AddScoped<CertificateIssuer>();
        services.AddIntegrationEventHandler<EnrollmentCompletedIntegrationEvent, EnrollmentCompletedHandler>();
        services.AddScoped<CertificateCommands>();
        services.AddScoped<CertificateZip>();
        services.AddScoped<MyCertificatesQuery>();
        services.AddScoped<VerificationQuery>();
        services.AddTransient<BulkIssueRunner>();
        services.AddTransient<CertificateReconciliation>();
        services.AddTransient<ExpiryReminderSweep>();
        services.AddRecurringJob(CertificateReconciliation.JobId, jobs =>
            jobs.AddOrUpdate<CertificateReconciliation>(CertificateReconciliation.JobId, job => job.RunAsync(null, CancellationToken.None), "17 * * * *"));
        services.AddRecurringJob(ExpiryReminderSweep.JobId, jobs =>
            jobs.AddOrUpdate<ExpiryReminderSweep>(ExpiryReminderSweep.JobId, sweep => sweep.RunAsync(CancellationToken.None), "0 * * * *"));
        return services;
    }

    public static IEndpointRouteBuilder MapCertificationModule(this IEndpointRouteBuilder endpoints)
    {
        CertificationEndpoints.Map(endpoints.MapGroup("/api/certification").WithTags(Name));
        return endpoints;
    }
}

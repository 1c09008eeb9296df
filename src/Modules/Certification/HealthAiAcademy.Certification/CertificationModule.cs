using HealthAiAcademy.BuildingBlocks.Localization;
using HealthAiAcademy.BuildingBlocks.Pdf;
using Hangfire;
using HealthAiAcademy.BuildingBlocks.Data;
using HealthAiAcademy.BuildingBlocks.Events;
using HealthAiAcademy.BuildingBlocks.Jobs;
using HealthAiAcademy.Certification.Data;
using HealthAiAcademy.Certification.Features.DownloadCertificate;
using HealthAiAcademy.Certification.Features.DownloadCertificatesZip;
using HealthAiAcademy.Certification.Features.GetBulkIssueProgress;
using HealthAiAcademy.Certification.Features.GetCpdSummary;
using HealthAiAcademy.Certification.Features.IssueCertificate;
using HealthAiAcademy.Certification.Features.ListMyCertificates;
using HealthAiAcademy.Certification.Features.ListOfferingCertificates;
using HealthAiAcademy.Certification.Features.ReissueCertificate;
using HealthAiAcademy.Certification.Features.RevokeCertificate;
using HealthAiAcademy.Certification.Features.SendExpiryReminders;
using HealthAiAcademy.Certification.Features.Shared;
using HealthAiAcademy.Certification.Features.StartBulkIssue;
using HealthAiAcademy.Certification.Features.VerifyCertificate;
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
        UseCaseMessages.Register(typeof(Resources.CertificationText));
        services.AddModuleDatabase<CertificationDbContext, CertificationSqliteDbContext, CertificationSqlServerDbContext>(
            configuration, Name, CertificationDbContext.Schema);
        services.Configure<CertificateOptions>(configuration.GetSection(CertificateOptions.SectionName));
        services.AddPdfDocuments(configuration);
        services.TryAddScoped<OfferingStaff>();
        services.AddSingleton<ICertificateRenderer, PdfSharpCertificateRenderer>();
        services.AddSingleton<Features.Shared.OfferingLabels>();
        services.AddScoped<CertificateIssuer>();
        services.AddIntegrationEventHandler<EnrollmentCompletedIntegrationEvent, EnrollmentCompletedHandler>();
        services.AddIntegrationEventHandler<BuildingBlocks.Privacy.PersonErasedIntegrationEvent, Features.ErasePerson.PersonErasedHandler>();
        services.AddScoped<BuildingBlocks.Privacy.IPersonalDataSource, Features.ExportPersonalData.PersonalDataExport>();
        services.AddScoped<Contracts.ICertificateDirectory, Features.Directory.CertificateDirectory>();
        services.AddScoped<BuildingBlocks.Privacy.IRetentionRule, Features.ApplyRetention.ErasedHolderRetention>();
        services.AddScoped<CertificateViews>();
        services.AddScoped<ListMyCertificatesHandler>();
        services.AddScoped<GetCpdSummaryHandler>();
        services.AddScoped<DownloadCertificateHandler>();
        services.AddScoped<VerificationQuery>();
        services.AddScoped<RevokeCertificateHandler>();
        services.AddScoped<ReissueCertificateHandler>();
        services.AddScoped<ListOfferingCertificatesHandler>();
        services.AddScoped<StartBulkIssueHandler>();
        services.AddScoped<GetBulkIssueProgressHandler>();
        services.AddScoped<CertificateZip>();
        services.AddOptions<RegistryExportOptions>().Bind(configuration.GetSection(RegistryExportOptions.SectionName)).PostConfigure(o => o.AddDefaults());
        services.AddScoped<RegistryPresence>();
        services.AddOptions<CpdCycleOptions>().Bind(configuration.GetSection(CpdCycleOptions.SectionName)).PostConfigure(o => o.AddDefaults());
        services.AddSingleton<CpdDossierRenderer>();
        services.AddScoped<Features.GetCpdDossier.GetCpdDossierHandler>();
        services.AddScoped<Features.AddCpdActivity.AddCpdActivityHandler>();
        services.AddScoped<Features.RemoveCpdActivity.RemoveCpdActivityHandler>();
        services.AddScoped<Features.DownloadCpdEvidence.DownloadCpdEvidenceHandler>();
        services.AddScoped<Features.SetCpdCycle.SetCpdCycleHandler>();
        services.AddScoped<Features.ExportForRegistry.ExportForRegistryHandler>();
        services.AddScoped<Features.ListRegistryExports.ListRegistryExportsHandler>();
        services.AddScoped<Features.DownloadRegistryExport.DownloadRegistryExportHandler>();
        services.AddTransient<BulkIssueRunner>();
        services.AddTransient<CertificateReconciliation>();
        services.AddTransient<ExpiryReminderSweep>();
        services.AddRecurringJob(CertificateReconciliation.JobId, jobs =>
            jobs.AddOrUpdate<CertificateReconciliation>(CertificateReconciliation.JobId, job => job.RunAsync(null, CancellationToken.None), "17 * * * *"));
        services.AddScoped<Features.StartBulkIssue.StalledBulkIssueSweep>();
        services.AddRecurringJob(Features.StartBulkIssue.StalledBulkIssueSweep.JobId, jobs =>
            jobs.AddOrUpdate<Features.StartBulkIssue.StalledBulkIssueSweep>(
                Features.StartBulkIssue.StalledBulkIssueSweep.JobId, sweep => sweep.RunAsync(CancellationToken.None), "*/5 * * * *"));
        services.AddScoped<Features.AnnounceExpiredCertificates.ExpiredCertificateSweep>();
        services.AddScoped<Features.AnnounceCertificates.AnnounceCertificatesHandler>();
        services.AddRecurringJob(Features.AnnounceExpiredCertificates.ExpiredCertificateSweep.JobId, jobs =>
            jobs.AddOrUpdate<Features.AnnounceExpiredCertificates.ExpiredCertificateSweep>(
                Features.AnnounceExpiredCertificates.ExpiredCertificateSweep.JobId, sweep => sweep.RunAsync(CancellationToken.None), "5 * * * *"));
        services.AddRecurringJob(ExpiryReminderSweep.JobId, jobs =>
            jobs.AddOrUpdate<ExpiryReminderSweep>(ExpiryReminderSweep.JobId, sweep => sweep.RunAsync(CancellationToken.None), "0 * * * *"));
        return services;
    }

    public static IEndpointRouteBuilder MapCertificationModule(this IEndpointRouteBuilder endpoints)
    {
        var api = endpoints.MapGroup("/api/certification").WithTags(Name);
        ListMyCertificatesEndpoint.Map(api);
        GetCpdSummaryEndpoint.Map(api);
        DownloadCertificateEndpoint.Map(api);
        VerifyCertificateEndpoint.Map(api);
        RevokeCertificateEndpoint.Map(api);
        ReissueCertificateEndpoint.Map(api);
        ListOfferingCertificatesEndpoint.Map(api);
        StartBulkIssueEndpoint.Map(api);
        GetBulkIssueProgressEndpoint.Map(api);
        DownloadCertificatesZipEndpoint.Map(api);
        Features.ListRegistryExports.ListRegistryExportsEndpoint.Map(api);
        Features.ExportForRegistry.ExportForRegistryEndpoint.Map(api);
        Features.DownloadRegistryExport.DownloadRegistryExportEndpoint.Map(api);
        Features.GetCpdDossier.GetCpdDossierEndpoint.Map(api);
        Features.AddCpdActivity.AddCpdActivityEndpoint.Map(api);
        Features.RemoveCpdActivity.RemoveCpdActivityEndpoint.Map(api);
        Features.DownloadCpdEvidence.DownloadCpdEvidenceEndpoint.Map(api);
        Features.SetCpdCycle.SetCpdCycleEndpoint.Map(api);
        Features.AnnounceCertificates.AnnounceCertificatesEndpoint.Map(api);
        return endpoints;
    }
}

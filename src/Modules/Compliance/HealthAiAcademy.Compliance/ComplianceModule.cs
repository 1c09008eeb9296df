using HealthAiAcademy.BuildingBlocks.Data;
using Hangfire;
using HealthAiAcademy.BuildingBlocks.Events;
using HealthAiAcademy.BuildingBlocks.Jobs;
using HealthAiAcademy.BuildingBlocks.Localization;
using HealthAiAcademy.BuildingBlocks.Pdf;
using HealthAiAcademy.Compliance.Data;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace HealthAiAcademy.Compliance;

/// <summary>
/// The Compliance module: the hospital's organisation, its AI systems and the AI literacy the AI Act asks of the people who
/// work with them. It learns what people completed from other modules' events only. The host knows it only through this class.
/// </summary>
public static class ComplianceModule
{
    public const string Name = "Compliance";

    public static IServiceCollection AddComplianceModule(this IServiceCollection services, IConfiguration configuration)
    {
        UseCaseMessages.Register(typeof(Resources.ComplianceText));
        services.AddModuleDatabase<ComplianceDbContext, ComplianceSqliteDbContext, ComplianceSqlServerDbContext>(configuration, Name, ComplianceDbContext.Schema);
        services.AddIntegrationEventHandler<BuildingBlocks.Privacy.PersonErasedIntegrationEvent, Features.ErasePerson.PersonErasedHandler>();
        services.AddIntegrationEventHandler<Certification.Contracts.CertificateIssuedIntegrationEvent, Features.RecordTraining.CertificateIssuedHandler>();
        services.AddIntegrationEventHandler<Certification.Contracts.CertificateRevokedIntegrationEvent, Features.RecordTraining.CertificateRevokedHandler>();
        services.AddIntegrationEventHandler<Certification.Contracts.CertificateExpiredIntegrationEvent, Features.RecordTraining.CertificateExpiredHandler>();
        services.AddScoped<BuildingBlocks.Privacy.IPersonalDataSource, Features.ExportPersonalData.PersonalDataExport>();
        services.AddScoped<Features.ListOrganisation.ListOrganisationHandler>();
        services.AddScoped<Features.GetUnit.GetUnitHandler>();
        services.AddScoped<Features.GetCoverageTrend.GetCoverageTrendHandler>();
        services.AddScoped<Features.AddUnit.AddUnitHandler>();
        services.AddScoped<Features.RenameUnit.RenameUnitHandler>();
        services.AddScoped<Features.AddFunction.AddFunctionHandler>();
        services.AddScoped<Features.AssignMember.AssignMemberHandler>();
        services.AddScoped<Features.EndMembership.EndMembershipHandler>();
        services.AddScoped<Features.ImportFromHr.ImportFromHrHandler>();
        services.AddScoped<Features.ListHrImports.ListHrImportsHandler>();
        services.AddScoped<Features.Shared.AiSystemRequestValidator>();
        services.AddScoped<Features.Shared.RequirementRequestValidator>();
        services.AddScoped<Features.Shared.RequirementViews>();
        services.AddSingleton<Features.Shared.ComplianceLabels>();
        services.AddScoped<Features.ListAiSystems.ListAiSystemsHandler>();
        services.AddScoped<Features.GetAiSystem.GetAiSystemHandler>();
        services.AddScoped<Features.RegisterAiSystem.RegisterAiSystemHandler>();
        services.AddScoped<Features.ChangeAiSystem.ChangeAiSystemHandler>();
        services.AddScoped<Features.AssignOverseer.AssignOverseerHandler>();
        services.AddScoped<Features.UnassignOverseer.UnassignOverseerHandler>();
        services.AddScoped<Features.ListRequirements.ListRequirementsHandler>();
        services.AddScoped<Features.AddRequirement.AddRequirementHandler>();
        services.AddScoped<Features.ChangeRequirement.ChangeRequirementHandler>();
        services.AddScoped<Features.RemoveRequirement.RemoveRequirementHandler>();
        services.AddScoped<Features.GetMyObligations.GetMyObligationsHandler>();
        services.AddScoped<Contracts.IObligationDirectory, Features.Directory.ObligationDirectory>();
        services.AddScoped<BuildingBlocks.DemoData.IDemoDataSeeder, DemoData.ComplianceDemoDataSeeder>();
        services.AddAuthentication().AddScheme<Microsoft.AspNetCore.Authentication.AuthenticationSchemeOptions, Features.CheckOperator.ApiKeyAuthenticationHandler>(
            Features.CheckOperator.ApiKeyAuthenticationHandler.SchemeName, null);
        services.AddAuthorizationBuilder().AddPolicy(Features.CheckOperator.ApiKeyAuthenticationHandler.Policy, policy => policy
            .AddAuthenticationSchemes(Features.CheckOperator.ApiKeyAuthenticationHandler.SchemeName)
            .RequireClaim(Features.CheckOperator.ApiKeyAuthenticationHandler.ClientClaim));
        services.AddScoped<Features.CheckOperator.CheckOperatorHandler>();
        services.AddSingleton<Features.Shared.WebhookSecrets>();
        services.AddScoped<Features.IssueApiClient.IssueApiClientHandler>();
        services.AddScoped<Features.ListApiClients.ListApiClientsHandler>();
        services.AddScoped<Features.RevokeApiClient.RevokeApiClientHandler>();
        services.AddScoped<Features.SubmitEquivalent.SubmitEquivalentHandler>();
        services.AddScoped<Features.ListEquivalents.ListEquivalentsHandler>();
        services.AddScoped<Features.DecideEquivalent.DecideEquivalentHandler>();
        services.AddScoped<Features.WithdrawEquivalent.WithdrawEquivalentHandler>();
        services.AddScoped<Features.DownloadEquivalentEvidence.DownloadEquivalentEvidenceHandler>();
        services.AddIntegrationEventHandler<Contracts.EquivalentDecidedIntegrationEvent, Features.DecideEquivalent.EquivalentDecisionMailer>();
        services.AddPdfDocuments(configuration);
        services.AddScoped<Features.IssueEvidenceReport.EvidenceReportBuilder>();
        services.AddScoped<Features.IssueEvidenceReport.EvidenceReportRenderer>();
        services.AddScoped<Features.IssueEvidenceReport.IssueEvidenceReportHandler>();
        services.AddScoped<Features.ListEvidenceReports.ListEvidenceReportsHandler>();
        services.AddScoped<Features.DownloadEvidenceReport.DownloadEvidenceReportHandler>();
        services.AddOptions<Features.Shared.ComplianceOptions>().Bind(configuration.GetSection(Features.Shared.ComplianceOptions.SectionName));
        var nudgeSchedule = configuration.GetSection(Features.Shared.ComplianceOptions.SectionName).Get<Features.Shared.ComplianceOptions>()?.NudgeSchedule
            ?? new Features.Shared.ComplianceOptions().NudgeSchedule;
        services.AddTransient<Features.SendNudges.NudgeSweep>();
        services.AddRecurringJob(Features.SendNudges.NudgeSweep.JobId, jobs =>
            jobs.AddOrUpdate<Features.SendNudges.NudgeSweep>(Features.SendNudges.NudgeSweep.JobId, sweep => sweep.RunAsync(CancellationToken.None), nudgeSchedule));
        services.AddScoped<Features.NotifyStandingChanges.StandingRecalculation>();
        services.AddScoped<Features.NotifyStandingChanges.StandingSweep>();
        services.AddHttpClient(Features.NotifyStandingChanges.WebhookPublisher.HttpClientName, client => client.Timeout = TimeSpan.FromSeconds(10));
        services.AddIntegrationEventHandler<Contracts.OperatorStandingChangedIntegrationEvent, Features.NotifyStandingChanges.WebhookPublisher>();
        services.AddRecurringJob(Features.NotifyStandingChanges.StandingSweep.JobId, jobs =>
            jobs.AddOrUpdate<Features.NotifyStandingChanges.StandingSweep>(
                Features.NotifyStandingChanges.StandingSweep.JobId, sweep => sweep.RunAsync(CancellationToken.None), "*/5 * * * *"));
        return services;
    }

    public static IEndpointRouteBuilder MapComplianceModule(this IEndpointRouteBuilder endpoints)
    {
        var api = endpoints.MapGroup("/api/compliance").WithTags(Name);
        Features.ListOrganisation.ListOrganisationEndpoint.Map(api);
        Features.GetUnit.GetUnitEndpoint.Map(api);
        Features.GetCoverageTrend.GetCoverageTrendEndpoint.Map(api);
        Features.AddUnit.AddUnitEndpoint.Map(api);
        Features.RenameUnit.RenameUnitEndpoint.Map(api);
        Features.AddFunction.AddFunctionEndpoint.Map(api);
        Features.AssignMember.AssignMemberEndpoint.Map(api);
        Features.EndMembership.EndMembershipEndpoint.Map(api);
        Features.ImportFromHr.ImportFromHrEndpoint.Map(api);
        Features.ListHrImports.ListHrImportsEndpoint.Map(api);
        Features.ListAiSystems.ListAiSystemsEndpoint.Map(api);
        Features.GetAiSystem.GetAiSystemEndpoint.Map(api);
        Features.RegisterAiSystem.RegisterAiSystemEndpoint.Map(api);
        Features.ChangeAiSystem.ChangeAiSystemEndpoint.Map(api);
        Features.AssignOverseer.AssignOverseerEndpoint.Map(api);
        Features.UnassignOverseer.UnassignOverseerEndpoint.Map(api);
        Features.ListRequirements.ListRequirementsEndpoint.Map(api);
        Features.AddRequirement.AddRequirementEndpoint.Map(api);
        Features.ChangeRequirement.ChangeRequirementEndpoint.Map(api);
        Features.RemoveRequirement.RemoveRequirementEndpoint.Map(api);
        Features.GetMyObligations.GetMyObligationsEndpoint.Map(api);
        Features.CheckOperator.CheckOperatorEndpoint.Map(api);
        Features.IssueApiClient.IssueApiClientEndpoint.Map(api);
        Features.ListApiClients.ListApiClientsEndpoint.Map(api);
        Features.RevokeApiClient.RevokeApiClientEndpoint.Map(api);
        Features.SubmitEquivalent.SubmitEquivalentEndpoint.Map(api);
        Features.ListEquivalents.ListEquivalentsEndpoint.Map(api);
        Features.DecideEquivalent.DecideEquivalentEndpoint.Map(api);
        Features.WithdrawEquivalent.WithdrawEquivalentEndpoint.Map(api);
        Features.DownloadEquivalentEvidence.DownloadEquivalentEvidenceEndpoint.Map(api);
        Features.IssueEvidenceReport.IssueEvidenceReportEndpoint.Map(api);
        Features.ListEvidenceReports.ListEvidenceReportsEndpoint.Map(api);
        Features.DownloadEvidenceReport.DownloadEvidenceReportEndpoint.Map(api);
        return endpoints;
    }
}

using HealthAiAcademy.BuildingBlocks.Privacy;
using Hangfire;
using Hangfire.AspNetCore;
using Hangfire.InMemory;
using Hangfire.SqlServer;
using HealthAiAcademy.BuildingBlocks.Authorization;
using HealthAiAcademy.BuildingBlocks.Data;
using HealthAiAcademy.BuildingBlocks.Jobs;
using HealthAiAcademy.BuildingBlocks.Outbox;

namespace HealthAiAcademy.Host.Jobs;

internal static class HangfireRegistration
{
    /// <summary>
    /// SQL Server storage lets many host instances share the work; with the embedded SQLite default the in-memory storage is enough
    /// because every job can be re-derived from the database by a recurring sweep.
    /// </summary>
    public static IServiceCollection AddAcademyJobs(this IServiceCollection services, IConfiguration configuration)
    {
        var database = DatabaseOptions.From(configuration);
        // The storage is this host's own service rather than Hangfire's static JobStorage.Current,
        // so two hosts in one process (tests) never run each other's jobs.
        if (database.Provider == DatabaseProvider.SqlServer)
        {
            var connectionString = DatabaseOptions.SqlServerConnectionString(configuration, "Hangfire");
            services.AddSingleton<JobStorage>(_ => new SqlServerStorage(
                connectionString, new SqlServerStorageOptions { SchemaName = "hangfire", PrepareSchemaIfNecessary = true }));
        }
        else
        {
            services.AddSingleton<JobStorage>(_ => new InMemoryStorage(new InMemoryStorageOptions { IdType = InMemoryStorageIdType.Guid }));
        }

        // Likewise the activator: Hangfire's default is the static JobActivator.Current of whichever host configured last.
        services.AddSingleton<JobActivator>(provider => new AspNetCoreJobActivator(provider.GetRequiredService<IServiceScopeFactory>()));
        services.AddHangfire((provider, hangfire) => hangfire
            .SetDataCompatibilityLevel(CompatibilityLevel.Version_180)
            .UseSimpleAssemblyNameTypeSerializer()
            .UseRecommendedSerializerSettings()
            .UseLogProvider(new DisposalSafeLogProvider(new AspNetCoreLogProvider(provider.GetRequiredService<ILoggerFactory>()))));

        if (configuration.GetValue("Hangfire:ServerEnabled", true))
        {
            services.AddHangfireServer(options =>
            {
                options.WorkerCount = configuration.GetValue("Hangfire:WorkerCount", Math.Max(2, Environment.ProcessorCount * 2));
                options.SchedulePollingInterval = TimeSpan.FromSeconds(5);
            });
            services.AddHostedService<StartupSweep>();
        }

        services.AddOutboxDelivery();
        services.AddTransient<RetentionSweep>();
        services.AddRecurringJob(RetentionSweep.JobId, jobs =>
            jobs.AddOrUpdate<RetentionSweep>(RetentionSweep.JobId, sweep => sweep.RunAsync(CancellationToken.None), "30 3 * * *"));
        return services;
    }

    public static void UseAcademyJobs(this WebApplication app)
    {
        var recurring = app.Services.GetRequiredService<IRecurringJobManager>();
        recurring.AddOrUpdate<OutboxDispatcher>(OutboxDispatcher.SweepJobId, dispatcher => dispatcher.SweepAsync(CancellationToken.None), Cron.Minutely());
        // Off only where a measurement must run the module sweeps itself (the benchmarks); the outbox sweep always runs.
        if (app.Configuration.GetValue("Hangfire:ModuleRecurringJobs", true))
        {
            foreach (var job in app.Services.GetServices<RecurringJobDefinition>())
            {
                job.Register(recurring);
            }
        }
        else
        {
            foreach (var job in app.Services.GetServices<RecurringJobDefinition>())
            {
                recurring.RemoveIfExists(job.Id);
            }
        }

        app.MapHangfireDashboardWithAuthorizationPolicy(Policies.Administrators, "/hangfire", new DashboardOptions
        {
            DashboardTitle = "Health AI Academy jobs",
            Authorization = [],
            AppPath = "/",
        });
    }
}

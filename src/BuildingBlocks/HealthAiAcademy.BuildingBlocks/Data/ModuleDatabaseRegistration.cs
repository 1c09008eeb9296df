using HealthAiAcademy.BuildingBlocks.Outbox;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace HealthAiAcademy.BuildingBlocks.Data;

public static class ModuleDatabaseRegistration
{
    public const string ReadinessTag = "ready";

    /// <summary>
    /// Registers <typeparamref name="TContext"/> resolved as the provider-specific subclass chosen by <c>Database:Provider</c>,
    /// so each engine keeps its own migrations (see docs/adr/0003). Contexts are pooled (ADR 0032): options and interceptors
    /// are built once from the root services, so everything they use is a singleton.
    /// </summary>
    public static IServiceCollection AddModuleDatabase<TContext, TSqliteContext, TSqlServerContext>(
        this IServiceCollection services, IConfiguration configuration, string name, string schema)
        where TContext : DbContext
        where TSqliteContext : TContext
        where TSqlServerContext : TContext
    {
        var options = DatabaseOptions.From(configuration);
        var database = new ModuleDatabase(name, schema, typeof(TContext));
        services.AddSingleton(database);

        if (options.Provider == DatabaseProvider.SqlServer)
        {
            var connectionString = DatabaseOptions.SqlServerConnectionString(configuration, name);
            services.AddDbContextPool<TContext, TSqlServerContext>((sp, builder) =>
            {
                builder.UseSqlServer(connectionString, sql =>
                {
                    sql.MigrationsHistoryTable("__EFMigrationsHistory", schema);
                    sql.EnableRetryOnFailure(options.MaxRetryCount, options.MaxRetryDelay, errorNumbersToAdd: null);
                });
                AddOutboxInterceptor(sp, builder, database);
            });
        }
        else
        {
            var connectionString = options.SqliteConnectionString(name);
            var pragmas = new SqlitePragmasInterceptor(options.SqliteBusyTimeout);
            services.TryAddSingleton(_ => new SqliteWriteGate(options.SqliteBusyTimeout));
            services.AddDbContextPool<TContext, TSqliteContext>((sp, builder) =>
            {
                var writeGate = sp.GetRequiredService<SqliteWriteGate>();
                builder.UseSqlite(connectionString, sqlite => sqlite.ExecutionStrategy(dependencies =>
                    new SqliteRetryingExecutionStrategy(dependencies, writeGate, options.MaxRetryCount, options.MaxRetryDelay)));
                builder.AddInterceptors(pragmas);
                AddOutboxInterceptor(sp, builder, database);
            });
        }

        services.AddHealthChecks()
            .AddCheck<MigratedDatabaseHealthCheck<TContext>>($"database-{name}", HealthStatus.Unhealthy, [ReadinessTag]);
        return services;
    }

    private static void AddOutboxInterceptor(IServiceProvider services, DbContextOptionsBuilder builder, ModuleDatabase database)
    {
        if (database.HasOutbox)
        {
            builder.AddInterceptors(new OutboxDeliveryInterceptor(database.Name, services.GetRequiredService<IOutboxDeliveryScheduler>()));
        }
    }
}

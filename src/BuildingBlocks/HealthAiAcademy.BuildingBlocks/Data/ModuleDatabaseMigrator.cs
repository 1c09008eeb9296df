using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace HealthAiAcademy.BuildingBlocks.Data;

public static class ModuleDatabaseMigrator
{
    /// <summary>
    /// Applies every registered database's migrations; SQLite files get write-ahead logging so readers never block the writer.
    /// The databases are asked side by side (each on the thread pool) what they miss, and only those that miss something
    /// are migrated, one after the other: most starts find nothing to apply, and <c>MigrateAsync</c> would still build each
    /// context's design-time model to compare it with the snapshot (<c>MigrationTests</c> checks that instead). One at a
    /// time because on SQL Server the modules share a database. ADR 0029.
    /// </summary>
    public static async Task MigrateAllAsync(IServiceProvider services, CancellationToken cancellationToken = default)
    {
        var logger = services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(ModuleDatabaseMigrator));
        var databases = services.GetServices<ModuleDatabase>().ToList();
        var pending = await Task.WhenAll(databases.Select(database => Task.Run(() => PendingAsync(services, database, cancellationToken), cancellationToken)));
        foreach (var (database, migrations) in databases.Zip(pending))
        {
            if (migrations.Count == 0)
            {
                continue;
            }

            await using var scope = services.CreateAsyncScope();
            var context = (DbContext)scope.ServiceProvider.GetRequiredService(database.ContextType);
            await context.Database.MigrateAsync(cancellationToken);

            logger.LogInformation("Database {Database} is migrated ({Count} migrations applied)", database.Name, migrations.Count);
        }
    }

    private static async Task<IReadOnlyList<string>> PendingAsync(IServiceProvider services, ModuleDatabase database, CancellationToken cancellationToken)
    {
        await using var scope = services.CreateAsyncScope();
        var context = (DbContext)scope.ServiceProvider.GetRequiredService(database.ContextType);
        if (!context.Database.IsSqlite())
        {
            return [.. await context.Database.GetPendingMigrationsAsync(cancellationToken)];
        }

        var dataSource = new SqliteConnectionStringBuilder(context.Database.GetConnectionString()).DataSource;
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(dataSource))!);
        // Kept in the file once set; set on every start in case a file was restored from a copy made without it.
        await context.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
        return [.. await context.Database.GetPendingMigrationsAsync(cancellationToken)];
    }
}

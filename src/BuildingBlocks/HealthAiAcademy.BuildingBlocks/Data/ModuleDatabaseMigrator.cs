using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace HealthAiAcademy.BuildingBlocks.Data;

public static class ModuleDatabaseMigrator
{
    /// <summary>Applies every registered database's migrations; SQLite files get write-ahead logging so readers never block the writer.</summary>
    public static async Task MigrateAllAsync(IServiceProvider services, CancellationToken cancellationToken = default)
    {
        var logger = services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(ModuleDatabaseMigrator));
        foreach (var database in services.GetServices<ModuleDatabase>())
        {
            await using var scope = services.CreateAsyncScope();
            var context = (DbContext)scope.ServiceProvider.GetRequiredService(database.ContextType);
            if (context.Database.IsSqlite())
            {
                var dataSource = new SqliteConnectionStringBuilder(context.Database.GetConnectionString()).DataSource;
                Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(dataSource))!);
                await context.Database.MigrateAsync(cancellationToken);
                await context.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
            }
            else
            {
                await context.Database.MigrateAsync(cancellationToken);
            }

            logger.LogInformation("Database {Database} is migrated", database.Name);
        }
    }
}

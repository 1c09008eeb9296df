using Microsoft.Extensions.Configuration;

namespace HealthAiAcademy.BuildingBlocks.Data;

/// <summary>The <c>Database</c> configuration section: which engine, where SQLite files live, whether to migrate at start-up.</summary>
public sealed class DatabaseOptions
{
    public const string SectionName = "Database";

    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;

    public string DataDirectory { get; set; } = "App_Data";

    public bool ApplyMigrationsAtStartup { get; set; } = true;

    public static DatabaseOptions From(IConfiguration configuration)
    {
        var options = new DatabaseOptions();
        configuration.GetSection(SectionName).Bind(options);
        return options;
    }

    public string SqliteConnectionString(string databaseName)
    {
        var directory = Path.GetFullPath(DataDirectory);
        return $"Data Source={Path.Combine(directory, databaseName.ToLowerInvariant() + ".db")};Default Timeout=60";
    }

    /// <summary>SQL Server: one database, a schema per module; a module may get its own connection string.</summary>
    public static string SqlServerConnectionString(IConfiguration configuration, string databaseName) =>
        configuration.GetConnectionString(databaseName)
        ?? configuration.GetConnectionString("Academy")
        ?? throw new InvalidOperationException(
            $"Database:Provider is SqlServer but neither ConnectionStrings:{databaseName} nor ConnectionStrings:Academy is set.");
}

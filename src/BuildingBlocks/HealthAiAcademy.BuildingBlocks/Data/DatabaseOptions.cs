using Microsoft.Extensions.Configuration;

namespace HealthAiAcademy.BuildingBlocks.Data;

/// <summary>The <c>Database</c> configuration section: which engine, where SQLite files live, whether to migrate at start-up.</summary>
public sealed class DatabaseOptions
{
    public const string SectionName = "Database";

    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;

    public string DataDirectory { get; set; } = "App_Data";

    public bool ApplyMigrationsAtStartup { get; set; } = true;

    /// <summary>How often a unit of work is tried again after a transient fault (SQL Server) or a busy file (SQLite).</summary>
    public int MaxRetryCount { get; set; } = 4;

    /// <summary>The longest back-off between two tries.</summary>
    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>
    /// How long a SQLite statement waits for the file's write lock before it reports SQLITE_BUSY (and the execution strategy
    /// tries the unit of work again).
    /// </summary>
    public TimeSpan SqliteBusyTimeout { get; set; } = TimeSpan.FromSeconds(30);

    public static DatabaseOptions From(IConfiguration configuration)
    {
        var options = new DatabaseOptions();
        configuration.GetSection(SectionName).Bind(options);
        return options;
    }

    public string SqliteConnectionString(string databaseName)
    {
        var directory = Path.GetFullPath(DataDirectory);
        // Microsoft.Data.Sqlite retries a busy statement itself until its command timeout (whole seconds; 0 would wait forever).
        var driverTimeout = Math.Max(1, (int)Math.Ceiling(SqliteBusyTimeout.TotalSeconds));
        return $"Data Source={Path.Combine(directory, databaseName.ToLowerInvariant() + ".db")};Default Timeout={driverTimeout}";
    }

    /// <summary>SQL Server: one database, a schema per module; a module may get its own connection string.</summary>
    public static string SqlServerConnectionString(IConfiguration configuration, string databaseName) =>
        configuration.GetConnectionString(databaseName)
        ?? configuration.GetConnectionString("Academy")
        ?? throw new InvalidOperationException(
            $"Database:Provider is SqlServer but neither ConnectionStrings:{databaseName} nor ConnectionStrings:Academy is set.");
}

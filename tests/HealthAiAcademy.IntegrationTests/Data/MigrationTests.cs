using HealthAiAcademy.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace HealthAiAcademy.IntegrationTests.Data;

public sealed class MigrationTests
{
    public static TheoryData<string> SqliteContexts => [.. ProviderContexts.All("SqliteDbContext").Select(t => t.FullName!)];

    public static TheoryData<string> SqlServerContexts => [.. ProviderContexts.All("SqlServerDbContext").Select(t => t.FullName!)];

    [Fact]
    public void Every_database_has_a_context_for_each_provider()
    {
        Assert.Equal(6, ProviderContexts.All("SqliteDbContext").Count());
        Assert.Equal(6, ProviderContexts.All("SqlServerDbContext").Count());
    }

    [Theory]
    [MemberData(nameof(SqliteContexts))]
    public void Sqlite_model_has_no_changes_without_a_migration(string contextType)
    {
        using var context = ProviderContexts.CreateSqlite(TypeOf(contextType));

        Assert.NotEmpty(context.Database.GetMigrations());
        Assert.False(context.Database.HasPendingModelChanges(), $"{contextType} has model changes without a migration: add one (README).");
    }

    [Theory]
    [MemberData(nameof(SqlServerContexts))]
    public void SqlServer_model_has_no_changes_without_a_migration(string contextType)
    {
        using var context = ProviderContexts.CreateSqlServer(TypeOf(contextType));

        Assert.NotEmpty(context.Database.GetMigrations());
        Assert.False(context.Database.HasPendingModelChanges(), $"{contextType} has model changes without a migration: add one (README).");
    }

    /// <summary>db/migrations holds the idempotent SQL Server scripts a DBA runs; set UPDATE_DB_SCRIPTS=1 to regenerate them.</summary>
    [Theory]
    [MemberData(nameof(SqlServerContexts))]
    public void SqlServer_scripts_in_db_folder_are_up_to_date(string contextType)
    {
        var type = TypeOf(contextType);
        using var context = ProviderContexts.CreateSqlServer(type);
        var script = context.GetService<IMigrator>().GenerateScript(options: MigrationsSqlGenerationOptions.Idempotent).ReplaceLineEndings("\n");
        var path = Path.Combine(RepositoryRoot.Path, "db", "migrations", ProviderContexts.ScriptName(type) + ".sql");

        if (Environment.GetEnvironmentVariable("UPDATE_DB_SCRIPTS") == "1")
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, script);
        }

        Assert.True(File.Exists(path), $"{path} is missing: run bash scripts/update-db-scripts.sh (db/README.md).");
        Assert.True(script == File.ReadAllText(path).ReplaceLineEndings("\n"), $"{path} is out of date: run bash scripts/update-db-scripts.sh (db/README.md).");
    }

    private static Type TypeOf(string fullName) =>
        ProviderContexts.Assemblies.Select(a => a.GetType(fullName)).Single(t => t is not null)!;
}

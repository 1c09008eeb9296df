using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace HealthAiAcademy.BuildingBlocks.Data;

/// <summary>Builds provider-specific contexts without a running host: for <c>dotnet ef</c>, model checks and script generation.</summary>
public static class DesignTimeContextFactory
{
    public static TContext CreateSqlite<TContext>()
        where TContext : DbContext =>
        Create<TContext>(new DbContextOptionsBuilder<TContext>().UseSqlite("Data Source=design-time.db").Options);

    public static TContext CreateSqlServer<TContext>(string schema)
        where TContext : DbContext =>
        Create<TContext>(new DbContextOptionsBuilder<TContext>()
            .UseSqlServer(
                "Server=localhost;Database=HealthAiAcademy;Integrated Security=true;TrustServerCertificate=true",
                sql => sql.MigrationsHistoryTable("__EFMigrationsHistory", schema))
            .Options);

    private static TContext Create<TContext>(DbContextOptions<TContext> options)
        where TContext : DbContext =>
        (TContext)Activator.CreateInstance(typeof(TContext), options)!;
}

public abstract class SqliteDesignTimeFactory<TContext> : IDesignTimeDbContextFactory<TContext>
    where TContext : DbContext
{
    public TContext CreateDbContext(string[] args) => DesignTimeContextFactory.CreateSqlite<TContext>();
}

public abstract class SqlServerDesignTimeFactory<TContext>(string schema) : IDesignTimeDbContextFactory<TContext>
    where TContext : DbContext
{
    public TContext CreateDbContext(string[] args) => DesignTimeContextFactory.CreateSqlServer<TContext>(schema);
}

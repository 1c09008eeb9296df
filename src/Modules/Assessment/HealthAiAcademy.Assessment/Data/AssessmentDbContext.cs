using HealthAiAcademy.BuildingBlocks.Data;
using Microsoft.EntityFrameworkCore;

namespace HealthAiAcademy.Assessment.Data;

internal abstract class AssessmentDbContext(DbContextOptions options) : ModuleDbContext(options)
{
    public const string Schema = "assessment";
}

internal sealed class AssessmentSqliteDbContext(DbContextOptions<AssessmentSqliteDbContext> options) : AssessmentDbContext(options);

internal sealed class AssessmentSqlServerDbContext(DbContextOptions<AssessmentSqlServerDbContext> options) : AssessmentDbContext(options)
{
    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.HasDefaultSchema(Schema);
        base.OnModelCreating(modelBuilder);
    }
}

internal sealed class AssessmentSqliteDesignTimeFactory : SqliteDesignTimeFactory<AssessmentSqliteDbContext>;

internal sealed class AssessmentSqlServerDesignTimeFactory() : SqlServerDesignTimeFactory<AssessmentSqlServerDbContext>(AssessmentDbContext.Schema);

using HealthAiAcademy.BuildingBlocks.Data;
using Microsoft.EntityFrameworkCore;

namespace HealthAiAcademy.Certification.Data;

internal abstract class CertificationDbContext(DbContextOptions options) : ModuleDbContext(options)
{
    public const string Schema = "certification";
}

internal sealed class CertificationSqliteDbContext(DbContextOptions<CertificationSqliteDbContext> options) : CertificationDbContext(options);

internal sealed class CertificationSqlServerDbContext(DbContextOptions<CertificationSqlServerDbContext> options) : CertificationDbContext(options)
{
    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.HasDefaultSchema(Schema);
        base.OnModelCreating(modelBuilder);
    }
}

internal sealed class CertificationSqliteDesignTimeFactory : SqliteDesignTimeFactory<CertificationSqliteDbContext>;

internal sealed class CertificationSqlServerDesignTimeFactory() : SqlServerDesignTimeFactory<CertificationSqlServerDbContext>(CertificationDbContext.Schema);

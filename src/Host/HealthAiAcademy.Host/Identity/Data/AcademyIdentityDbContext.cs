using HealthAiAcademy.BuildingBlocks.Data;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace HealthAiAcademy.Host.Identity.Data;

/// <summary>Accounts, roles and the data-protection keys that host instances share (so a sign-in works on every instance).</summary>
internal abstract class AcademyIdentityDbContext(DbContextOptions options)
    : IdentityDbContext<AcademyUser, IdentityRole<Guid>, Guid>(options), IDataProtectionKeyContext
{
    public const string Schema = "identity";
    public const string DatabaseName = "Identity";

    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder) =>
        configurationBuilder.StoreDateTimesAsUtc();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.Entity<AcademyUser>(user =>
        {
            user.Property(u => u.FullName).HasMaxLength(AcademyUser.FullNameMaxLength);
            user.Property(u => u.Profession).HasMaxLength(100);
            user.Property(u => u.RegistrationNumber).HasMaxLength(40);
            user.Property(u => u.StudentNumber).HasMaxLength(40);
            user.Property(u => u.PreferredLanguage).HasMaxLength(8);
        });
    }
}

internal sealed class AcademyIdentitySqliteDbContext(DbContextOptions<AcademyIdentitySqliteDbContext> options) : AcademyIdentityDbContext(options);

internal sealed class AcademyIdentitySqlServerDbContext(DbContextOptions<AcademyIdentitySqlServerDbContext> options) : AcademyIdentityDbContext(options)
{
    protected override void OnModelCreating(ModelBuilder builder)
    {
        builder.HasDefaultSchema(Schema);
        base.OnModelCreating(builder);
    }
}

internal sealed class AcademyIdentitySqliteDesignTimeFactory : SqliteDesignTimeFactory<AcademyIdentitySqliteDbContext>;

internal sealed class AcademyIdentitySqlServerDesignTimeFactory() : SqlServerDesignTimeFactory<AcademyIdentitySqlServerDbContext>(AcademyIdentityDbContext.Schema);

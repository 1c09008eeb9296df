using HealthAiAcademy.BuildingBlocks.Data;
using HealthAiAcademy.BuildingBlocks.Outbox;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace HealthAiAcademy.Host.Identity.Data;

/// <summary>
/// Accounts, roles and the data-protection keys that host instances share (so a sign-in works on every instance), with an
/// outbox for what the modules must hear about accounts (an erasure).
/// </summary>
internal abstract class AcademyIdentityDbContext(DbContextOptions options)
    : IdentityDbContext<AcademyUser, IdentityRole<Guid>, Guid>(options), IDataProtectionKeyContext, IOutboxContext
{
    public const string Schema = "identity";
    public const string DatabaseName = "Identity";

    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    public DbSet<AccountChange> AccountChanges => Set<AccountChange>();

    public DbSet<RefreshToken> RefreshTokens => Set<RefreshToken>();

    public DbSet<OutboxMessage> OutboxMessages => Set<OutboxMessage>();

    public DbSet<InboxMessage> InboxMessages => Set<InboxMessage>();

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder) =>
        configurationBuilder.StoreDateTimesAsUtc();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        OutboxModel.Configure(builder);
        builder.Entity<AcademyUser>(user =>
        {
            user.Property(u => u.FullName).HasMaxLength(AcademyUser.FullNameMaxLength);
            user.Property(u => u.Profession).HasMaxLength(100);
            user.Property(u => u.RegistrationNumber).HasMaxLength(40);
            user.Property(u => u.StudentNumber).HasMaxLength(40);
            user.Property(u => u.PreferredLanguage).HasMaxLength(8);
            user.Property(u => u.CreatedAtUtc).HasDefaultValue(new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc));
            user.Ignore(u => u.Status);
            user.HasIndex(u => u.FullName);
            user.HasIndex(u => u.RegistrationNumber);
        });
        builder.Entity<AccountChange>(change =>
        {
            change.ToTable("AccountChanges");
            change.HasKey(c => c.Id);
            change.Property(c => c.Id).ValueGeneratedNever();
            change.Property(c => c.ActorName).HasMaxLength(AcademyUser.FullNameMaxLength + 260);
            change.Property(c => c.Kind).HasConversion<string>().HasMaxLength(40);
            change.Property(c => c.Detail).HasMaxLength(AccountChange.DetailMaxLength);
            change.HasIndex(c => new { c.UserId, c.AtUtc });
        });
        builder.Entity<RefreshToken>(token =>
        {
            token.ToTable("RefreshTokens");
            token.HasKey(t => t.Id);
            token.Property(t => t.Id).ValueGeneratedNever();
            token.Property(t => t.TokenHash).HasMaxLength(64);
            token.HasIndex(t => t.TokenHash).IsUnique();
            token.HasIndex(t => t.FamilyId);
            token.HasIndex(t => t.UserId);
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

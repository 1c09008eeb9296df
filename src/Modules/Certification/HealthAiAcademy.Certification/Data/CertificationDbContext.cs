using HealthAiAcademy.BuildingBlocks.Data;
using HealthAiAcademy.Certification.Domain;
using Microsoft.EntityFrameworkCore;

namespace HealthAiAcademy.Certification.Data;

internal abstract class CertificationDbContext(DbContextOptions options) : ModuleDbContext(options)
{
    public const string Schema = "certification";

    public DbSet<Certificate> Certificates => Set<Certificate>();

    public DbSet<CertificateDocument> Documents => Set<CertificateDocument>();

    public DbSet<BulkIssueRun> BulkRuns => Set<BulkIssueRun>();

    public DbSet<ExpiryReminder> ExpiryReminders => Set<ExpiryReminder>();

    public DbSet<RegistryExport> RegistryExports => Set<RegistryExport>();

    public DbSet<CpdActivity> CpdActivities => Set<CpdActivity>();

    public DbSet<CpdEvidence> CpdEvidence => Set<CpdEvidence>();

    public DbSet<CpdCycleStart> CpdCycleStarts => Set<CpdCycleStart>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        modelBuilder.Entity<Certificate>(certificate =>
        {
            certificate.HasKey(c => c.Id);
            certificate.Property(c => c.Id).ValueGeneratedNever();
            certificate.Property(c => c.Number).HasMaxLength(30);
            certificate.HasIndex(c => c.Number).IsUnique();
            certificate.Property(c => c.VerificationCode).HasMaxLength(40);
            certificate.HasIndex(c => c.VerificationCode).IsUnique();
            // One certificate per enrollment and generation: a duplicate completion event cannot issue a second one.
            certificate.HasIndex(c => new { c.EnrollmentId, c.Generation }).IsUnique();
            certificate.HasIndex(c => new { c.UserId, c.Status });
            certificate.HasIndex(c => new { c.OfferingId, c.Status });
            certificate.HasIndex(c => new { c.Status, c.ExpiresOn });
            // The status guards revoke and reissue: of two at once, one wins cleanly and the other answers 409.
            certificate.Property(c => c.Status).HasConversion<string>().HasMaxLength(20).IsConcurrencyToken();
            certificate.Property(c => c.Template).HasConversion<string>().HasMaxLength(20);
            certificate.Property(c => c.HolderName).HasMaxLength(200);
            certificate.Property(c => c.RegistrationNumber).HasMaxLength(40);
            certificate.Property(c => c.HolderProfession).HasMaxLength(100);
            certificate.Property(c => c.OfferingTitle).HasMaxLength(200);
            certificate.Property(c => c.CourseCode).HasMaxLength(30);
            certificate.Property(c => c.OfferingKind).HasMaxLength(30);
            certificate.Property(c => c.Language).HasMaxLength(8);
            certificate.Property(c => c.Delivery).HasMaxLength(20);
            certificate.Property(c => c.Location).HasMaxLength(200);
            certificate.Property(c => c.Institution).HasMaxLength(200);
            certificate.Property(c => c.Signatory).HasMaxLength(200);
            certificate.Property(c => c.SignatoryTitle).HasMaxLength(200);
            certificate.Property(c => c.RevocationReason).HasMaxLength(1000);
            certificate.Property(c => c.PdfSha256).HasMaxLength(64);
            certificate.OwnsMany(c => c.Points, points => points.ToJson());
            certificate.OwnsMany(c => c.Transcript, transcript => transcript.ToJson());
        });
        modelBuilder.Entity<CertificateDocument>(document =>
        {
            document.ToTable("CertificateDocuments");
            document.HasKey(d => d.CertificateId);
            document.Property(d => d.CertificateId).ValueGeneratedNever();
        });
        modelBuilder.Entity<BulkIssueRun>(run =>
        {
            run.ToTable("BulkIssueRuns");
            run.HasKey(r => r.Id);
            run.Property(r => r.Id).ValueGeneratedNever();
            run.Property(r => r.State).HasConversion<string>().HasMaxLength(20);
            run.Property(r => r.Error).HasMaxLength(2000);
            run.Property(r => r.Resumes).IsConcurrencyToken();
        });
        modelBuilder.Entity<RegistryExport>(export =>
        {
            export.ToTable("RegistryExports");
            export.HasKey(e => e.Id);
            export.Property(e => e.Id).ValueGeneratedNever();
            export.Property(e => e.Registry).HasMaxLength(60);
            export.HasIndex(e => new { e.OfferingId, e.ExportedAtUtc });
            export.OwnsOne(e => e.Layout, layout =>
            {
                layout.ToJson();
                layout.Property(l => l.Format).HasConversion<string>();
                layout.OwnsMany(l => l.Columns, column => column.Property(c => c.Field).HasConversion<string>());
            });
            export.OwnsMany(e => e.Lines, lines => lines.ToJson());
        });
        modelBuilder.Entity<CpdActivity>(activity =>
        {
            activity.ToTable("CpdActivities");
            activity.HasKey(a => a.Id);
            activity.Property(a => a.Id).ValueGeneratedNever();
            activity.Property(a => a.Title).HasMaxLength(CpdActivity.TitleMaxLength);
            activity.Property(a => a.Provider).HasMaxLength(CpdActivity.ProviderMaxLength);
            activity.Property(a => a.Registry).HasMaxLength(CpdActivity.RegistryMaxLength);
            activity.Property(a => a.EvidenceFileName).HasMaxLength(200);
            activity.Property(a => a.EvidenceContentType).HasMaxLength(100);
            activity.HasIndex(a => a.UserId);
        });
        modelBuilder.Entity<CpdEvidence>(evidence =>
        {
            evidence.ToTable("CpdEvidence");
            evidence.HasKey(e => e.ActivityId);
            evidence.HasOne<CpdActivity>().WithOne().HasForeignKey<CpdEvidence>(e => e.ActivityId).OnDelete(DeleteBehavior.Cascade);
        });
        modelBuilder.Entity<CpdCycleStart>(cycle =>
        {
            cycle.ToTable("CpdCycleStarts");
            cycle.HasKey(c => c.UserId);
            cycle.Property(c => c.UserId).ValueGeneratedNever();
        });
        modelBuilder.Entity<ExpiryReminder>(reminder =>
        {
            reminder.HasKey(r => new { r.CertificateId, r.DaysBefore });
        });
    }
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

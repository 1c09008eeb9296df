using HealthAiAcademy.BuildingBlocks.Data;
using HealthAiAcademy.Compliance.Domain;
using Microsoft.EntityFrameworkCore;

namespace HealthAiAcademy.Compliance.Data;

internal abstract class ComplianceDbContext(DbContextOptions options) : ModuleDbContext(options)
{
    public const string Schema = "compliance";

    public DbSet<OrganisationUnit> Units => Set<OrganisationUnit>();

    public DbSet<JobFunction> Functions => Set<JobFunction>();

    public DbSet<StaffMember> StaffMembers => Set<StaffMember>();

    public DbSet<Membership> Memberships => Set<Membership>();

    public DbSet<HrImport> HrImports => Set<HrImport>();

    public DbSet<AiSystem> AiSystems => Set<AiSystem>();

    public DbSet<Requirement> Requirements => Set<Requirement>();

    public DbSet<TrainingRecord> TrainingRecords => Set<TrainingRecord>();

    public DbSet<RecordedEquivalent> RecordedEquivalents => Set<RecordedEquivalent>();

    public DbSet<EquivalentEvidence> EquivalentEvidence => Set<EquivalentEvidence>();

    public DbSet<EvidenceReport> EvidenceReports => Set<EvidenceReport>();

    public DbSet<EvidenceReportFiles> EvidenceReportFiles => Set<EvidenceReportFiles>();

    public DbSet<ApiClient> ApiClients => Set<ApiClient>();

    public DbSet<OperatorStanding> Standings => Set<OperatorStanding>();

    public DbSet<StatusApiCall> StatusApiCalls => Set<StatusApiCall>();

    public DbSet<ObligationNudge> ObligationNudges => Set<ObligationNudge>();

    public DbSet<ManagerSummary> ManagerSummaries => Set<ManagerSummary>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        modelBuilder.Entity<OrganisationUnit>(unit =>
        {
            unit.ToTable("OrganisationUnits");
            unit.HasKey(u => u.Id);
            unit.Property(u => u.Id).ValueGeneratedNever();
            unit.Property(u => u.Name).HasMaxLength(OrganisationUnit.NameMaxLength);
            unit.Property(u => u.Level).HasConversion<string>().HasMaxLength(20);
            unit.Property(u => u.Path).HasMaxLength(320);
            unit.Property(u => u.NormalizedPath).HasMaxLength(320);
            // Two imports at once that both create "ICU" under one department: one wins, the other finds it on its retry.
            unit.HasIndex(u => u.NormalizedPath).IsUnique();
            unit.HasIndex(u => u.ParentId);
        });
        modelBuilder.Entity<JobFunction>(function =>
        {
            function.ToTable("JobFunctions");
            function.HasKey(f => f.Id);
            function.Property(f => f.Id).ValueGeneratedNever();
            function.Property(f => f.Name).HasMaxLength(JobFunction.NameMaxLength);
            function.Property(f => f.NormalizedName).HasMaxLength(JobFunction.NameMaxLength);
            function.HasIndex(f => f.NormalizedName).IsUnique();
        });
        modelBuilder.Entity<StaffMember>(member =>
        {
            member.ToTable("StaffMembers");
            member.HasKey(m => m.UserId);
            member.Property(m => m.UserId).ValueGeneratedNever();
            member.Property(m => m.StaffNumber).HasMaxLength(StaffMember.StaffNumberMaxLength);
            member.HasIndex(m => m.StaffNumber).IsUnique();
        });
        modelBuilder.Entity<Membership>(membership =>
        {
            membership.ToTable("Memberships");
            membership.HasKey(m => m.Id);
            membership.Property(m => m.Id).ValueGeneratedNever();
            membership.Property(m => m.Source).HasConversion<string>().HasMaxLength(20);
            // One current membership per person and unit; ended ones are history. Quoted so both engines read the filter.
            membership.HasIndex(m => new { m.UserId, m.UnitId }).IsUnique().HasFilter("\"EndedAtUtc\" IS NULL");
            membership.HasIndex(m => new { m.UnitId, m.EndedAtUtc });
            membership.HasOne<OrganisationUnit>().WithMany().HasForeignKey(m => m.UnitId).OnDelete(DeleteBehavior.Restrict);
            membership.HasOne<JobFunction>().WithMany().HasForeignKey(m => m.FunctionId).OnDelete(DeleteBehavior.Restrict);
            membership.Ignore(m => m.IsCurrent);
        });
        modelBuilder.Entity<AiSystem>(system =>
        {
            system.ToTable("AiSystems");
            system.HasKey(s => s.Id);
            system.Property(s => s.Id).ValueGeneratedNever();
            system.Property(s => s.Name).HasMaxLength(AiSystem.NameMaxLength);
            system.HasIndex(s => s.Name).IsUnique();
            system.Property(s => s.Vendor).HasMaxLength(AiSystem.NameMaxLength);
            system.Property(s => s.Version).HasMaxLength(60);
            system.Property(s => s.IntendedPurpose).HasMaxLength(AiSystem.PurposeMaxLength);
            system.Property(s => s.RiskClass).HasConversion<string>().HasMaxLength(20);
            system.Property(s => s.DeviceClass).HasConversion<string>().HasMaxLength(20);
            system.Property(s => s.Status).HasConversion<string>().HasMaxLength(20);
            // Two administrators assigning overseers at once: the second save sees the first's change and retries.
            system.Property(s => s.UpdatedAtUtc).IsConcurrencyToken();
            system.Ignore(s => s.IsDeployed);
        });
        modelBuilder.Entity<Requirement>(requirement =>
        {
            requirement.ToTable("Requirements");
            requirement.HasKey(r => r.Id);
            requirement.Property(r => r.Id).ValueGeneratedNever();
            requirement.Property(r => r.Title).HasMaxLength(Requirement.TitleMaxLength);
            requirement.Property(r => r.Kind).HasConversion<string>().HasMaxLength(20);
            requirement.HasIndex(r => r.SystemId);
            requirement.HasOne<AiSystem>().WithMany().HasForeignKey(r => r.SystemId).OnDelete(DeleteBehavior.Cascade);
        });
        modelBuilder.Entity<TrainingRecord>(record =>
        {
            record.ToTable("TrainingRecords");
            record.HasKey(r => r.CertificateId);
            record.Property(r => r.CertificateId).ValueGeneratedNever();
            record.Property(r => r.CourseCode).HasMaxLength(30);
            record.Property(r => r.Title).HasMaxLength(200);
            record.HasIndex(r => new { r.UserId, r.CourseId });
            record.HasIndex(r => r.CourseId);
        });
        modelBuilder.Entity<RecordedEquivalent>(equivalent =>
        {
            equivalent.ToTable("RecordedEquivalents");
            equivalent.HasKey(e => e.Id);
            equivalent.Property(e => e.Id).ValueGeneratedNever();
            equivalent.Property(e => e.Title).HasMaxLength(RecordedEquivalent.TitleMaxLength);
            equivalent.Property(e => e.Provider).HasMaxLength(RecordedEquivalent.ProviderMaxLength);
            equivalent.Property(e => e.EvidenceFileName).HasMaxLength(200);
            equivalent.Property(e => e.EvidenceContentType).HasMaxLength(60);
            equivalent.Property(e => e.Status).HasConversion<string>().HasMaxLength(20);
            equivalent.Property(e => e.DecisionNote).HasMaxLength(RecordedEquivalent.NoteMaxLength);
            // Two coordinators deciding at once: the second save sees the first's decision.
            equivalent.Property(e => e.DecidedAtUtc).IsConcurrencyToken();
            equivalent.HasIndex(e => new { e.Status, e.SubmittedAtUtc });
            equivalent.HasIndex(e => new { e.UserId, e.RequirementId });
            equivalent.HasOne<Requirement>().WithMany().HasForeignKey(e => e.RequirementId).OnDelete(DeleteBehavior.Cascade);
        });
        modelBuilder.Entity<EquivalentEvidence>(evidence =>
        {
            evidence.ToTable("EquivalentEvidence");
            evidence.HasKey(e => e.EquivalentId);
            evidence.HasOne<RecordedEquivalent>().WithOne().HasForeignKey<EquivalentEvidence>(e => e.EquivalentId).OnDelete(DeleteBehavior.Cascade);
        });
        modelBuilder.Entity<EvidenceReport>(report =>
        {
            report.ToTable("EvidenceReports");
            report.HasKey(r => r.Id);
            report.Property(r => r.Id).ValueGeneratedNever();
            report.Property(r => r.Scope).HasMaxLength(320);
            report.Property(r => r.Language).HasMaxLength(5);
            report.Property(r => r.ContentSha256).HasMaxLength(64);
            report.Property(r => r.PdfSha256).HasMaxLength(64);
            report.HasIndex(r => r.ContentSha256);
            report.HasIndex(r => r.PdfSha256);
            report.HasIndex(r => r.IssuedAtUtc);
        });
        modelBuilder.Entity<EvidenceReportFiles>(files =>
        {
            files.ToTable("EvidenceReportFiles");
            files.HasKey(f => f.ReportId);
            files.HasOne<EvidenceReport>().WithOne().HasForeignKey<EvidenceReportFiles>(f => f.ReportId).OnDelete(DeleteBehavior.Cascade);
        });
        modelBuilder.Entity<ApiClient>(client =>
        {
            client.ToTable("ApiClients");
            client.HasKey(c => c.Id);
            client.Property(c => c.Id).ValueGeneratedNever();
            client.Property(c => c.Name).HasMaxLength(ApiClient.NameMaxLength);
            client.Property(c => c.KeyPrefix).HasMaxLength(10);
            client.HasIndex(c => c.KeyPrefix).IsUnique();
            client.Property(c => c.KeyHash).HasMaxLength(64);
            client.Property(c => c.WebhookUrl).HasMaxLength(500);
            client.Property(c => c.ProtectedWebhookSecret).HasMaxLength(1000);
            client.Ignore(c => c.IsActive);
        });
        modelBuilder.Entity<OperatorStanding>(standing =>
        {
            standing.ToTable("OperatorStandings");
            standing.HasKey(s => new { s.SystemId, s.UserId });
            standing.Property(s => s.ChangedAtUtc).IsConcurrencyToken();
        });
        modelBuilder.Entity<StatusApiCall>(call =>
        {
            call.ToTable("StatusApiCalls");
            call.HasKey(c => c.Id);
            call.Property(c => c.Id).ValueGeneratedNever();
            call.HasIndex(c => new { c.ClientId, c.AskedAtUtc });
            call.HasIndex(c => c.UserId);
        });
        modelBuilder.Entity<ObligationNudge>(nudge =>
        {
            nudge.ToTable("ObligationNudges");
            nudge.HasKey(n => new { n.UserId, n.RequirementId, n.Stage, n.Episode });
            nudge.Property(n => n.Stage).HasConversion<string>().HasMaxLength(20);
        });
        modelBuilder.Entity<ManagerSummary>(summary =>
        {
            summary.ToTable("ManagerSummaries");
            summary.HasKey(s => new { s.UnitId, s.ManagerId, s.Month });
            summary.Property(s => s.Month).HasMaxLength(7);
        });
        modelBuilder.Entity<HrImport>(import =>
        {
            import.ToTable("HrImports");
            import.HasKey(i => i.Id);
            import.Property(i => i.Id).ValueGeneratedNever();
            import.HasIndex(i => i.ImportedAtUtc);
            import.OwnsMany(i => i.Unmatched, line =>
            {
                line.ToJson();
                line.Property(l => l.Reason).HasConversion<string>();
            });
        });
    }
}

internal sealed class ComplianceSqliteDbContext(DbContextOptions<ComplianceSqliteDbContext> options) : ComplianceDbContext(options);

internal sealed class ComplianceSqlServerDbContext(DbContextOptions<ComplianceSqlServerDbContext> options) : ComplianceDbContext(options)
{
    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.HasDefaultSchema(Schema);
        base.OnModelCreating(modelBuilder);
    }
}

internal sealed class ComplianceSqliteDesignTimeFactory : SqliteDesignTimeFactory<ComplianceSqliteDbContext>;

internal sealed class ComplianceSqlServerDesignTimeFactory() : SqlServerDesignTimeFactory<ComplianceSqlServerDbContext>(ComplianceDbContext.Schema);

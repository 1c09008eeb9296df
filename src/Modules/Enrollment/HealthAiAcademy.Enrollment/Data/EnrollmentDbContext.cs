using HealthAiAcademy.BuildingBlocks.Data;
using HealthAiAcademy.Enrollment.Domain;
using Microsoft.EntityFrameworkCore;

namespace HealthAiAcademy.Enrollment.Data;

internal abstract class EnrollmentDbContext(DbContextOptions options) : ModuleDbContext(options)
{
    public const string Schema = "enrollment";

    public DbSet<EnrollmentBook> Books => Set<EnrollmentBook>();

    public DbSet<Domain.Enrollment> Enrollments => Set<Domain.Enrollment>();

    public DbSet<AttendanceRecord> Attendance => Set<AttendanceRecord>();

    public DbSet<PassedAssessment> PassedAssessments => Set<PassedAssessment>();

    public DbSet<ReminderLedgerEntry> ReminderLedger => Set<ReminderLedgerEntry>();

    public DbSet<LessonProgress> LessonProgress => Set<LessonProgress>();

    public DbSet<Notification> Notifications => Set<Notification>();

    public DbSet<ReminderPreference> ReminderPreferences => Set<ReminderPreference>();

    public DbSet<OfferingChangeNotice> ChangeNotices => Set<OfferingChangeNotice>();

    public DbSet<Announcement> Announcements => Set<Announcement>();

    public DbSet<Evaluation> Evaluations => Set<Evaluation>();

    public DbSet<EvaluationResponse> EvaluationResponses => Set<EvaluationResponse>();

    public DbSet<EvaluationReceipt> EvaluationReceipts => Set<EvaluationReceipt>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        modelBuilder.Entity<EnrollmentBook>(book =>
        {
            book.ToTable("EnrollmentBooks");
            book.HasKey(b => b.OfferingId);
            book.Property(b => b.OfferingId).ValueGeneratedNever();
            book.Property(b => b.Title).HasMaxLength(200);
            book.Property(b => b.Kind).HasConversion<string>().HasMaxLength(30);
            book.Property(b => b.Status).HasConversion<string>().HasMaxLength(20);
            book.Property(b => b.EnrollmentPolicy).HasConversion<string>().HasMaxLength(20);
        });
        modelBuilder.Entity<Domain.Enrollment>(enrollment =>
        {
            enrollment.HasKey(e => e.Id);
            enrollment.Property(e => e.Id).ValueGeneratedNever();
            // The status guards every change: two requests acting on the same enrollment at once cannot both succeed.
            enrollment.Property(e => e.Status).HasConversion<string>().HasMaxLength(20).IsConcurrencyToken();
            // Positions move when someone ahead leaves (an UPDATE of many rows): a change decided on a position that has
            // since moved must fail and be decided again, or two people end up at the same place (SQL Server, read committed).
            enrollment.Property(e => e.WaitlistPosition).IsConcurrencyToken();
            enrollment.HasIndex(e => new { e.OfferingId, e.UserId }).IsUnique();
            enrollment.Property(e => e.Motivation).HasMaxLength(2000);
            enrollment.Property(e => e.DecisionMessage).HasMaxLength(2000);
            enrollment.Ignore(e => e.HoldsSeat);
            enrollment.HasIndex(e => new { e.OfferingId, e.Status, e.WaitlistPosition });
            enrollment.HasIndex(e => new { e.UserId, e.Status });
        });
        modelBuilder.Entity<AttendanceRecord>(attendance =>
        {
            attendance.ToTable("AttendanceRecords");
            attendance.HasKey(a => a.Id);
            attendance.Property(a => a.Id).ValueGeneratedNever();
            attendance.Property(a => a.Status).HasConversion<string>().HasMaxLength(20);
            attendance.HasIndex(a => new { a.SessionId, a.EnrollmentId }).IsUnique();
            attendance.HasIndex(a => a.EnrollmentId);
        });
        modelBuilder.Entity<ReminderLedgerEntry>(entry =>
        {
            entry.ToTable("ReminderLedger");
            entry.HasKey(e => e.Id);
            entry.Property(e => e.Id).ValueGeneratedNever();
            entry.Property(e => e.Key).HasMaxLength(120);
            entry.HasIndex(e => e.Key).IsUnique();
            entry.Property(e => e.Kind).HasConversion<string>().HasMaxLength(30);
            entry.HasIndex(e => new { e.SentAtUtc, e.ClaimedAtUtc });
        });
        modelBuilder.Entity<OfferingChangeNotice>(notice =>
        {
            notice.ToTable("OfferingChangeNotices");
            notice.HasKey(n => n.Id);
            notice.Property(n => n.Id).ValueGeneratedNever();
            notice.Property(n => n.Change).HasConversion<string>().HasMaxLength(30);
            notice.HasIndex(n => n.OccurredAtUtc);
        });
        modelBuilder.Entity<Announcement>(announcement =>
        {
            announcement.ToTable("Announcements");
            announcement.HasKey(a => a.Id);
            announcement.Property(a => a.Id).ValueGeneratedNever();
            announcement.Property(a => a.Subject).HasMaxLength(Announcement.SubjectMaxLength);
            announcement.Property(a => a.Body).HasMaxLength(Announcement.BodyMaxLength);
            announcement.HasIndex(a => new { a.OfferingId, a.SentAtUtc });
            announcement.HasIndex(a => a.SentAtUtc);
        });
        modelBuilder.Entity<Evaluation>(evaluation =>
        {
            evaluation.ToTable("Evaluations");
            evaluation.HasKey(e => e.Id);
            evaluation.Property(e => e.Id).ValueGeneratedNever();
            evaluation.HasIndex(e => e.OfferingId).IsUnique();
            evaluation.OwnsMany(e => e.Items, items =>
            {
                items.ToJson();
                items.Property(i => i.Kind).HasConversion<string>();
            });
        });
        modelBuilder.Entity<EvaluationResponse>(response =>
        {
            response.ToTable("EvaluationResponses");
            response.HasKey(r => r.Id);
            response.Property(r => r.Id).ValueGeneratedNever();
            response.HasIndex(r => r.EvaluationId);
            response.OwnsMany(r => r.Answers, answers => answers.ToJson());
        });
        modelBuilder.Entity<EvaluationReceipt>(receipt =>
        {
            // The pair is the key: a second answer by the same person is a duplicate key, whichever request comes second.
            receipt.ToTable("EvaluationReceipts");
            receipt.HasKey(r => new { r.EvaluationId, r.UserId });
        });
        modelBuilder.Entity<Notification>(notification =>
        {
            notification.HasKey(n => n.Id);
            notification.Property(n => n.Id).ValueGeneratedNever();
            notification.Property(n => n.Title).HasMaxLength(200);
            notification.Property(n => n.Link).HasMaxLength(300);
            notification.HasIndex(n => new { n.UserId, n.CreatedAtUtc });
        });
        modelBuilder.Entity<ReminderPreference>(preference =>
        {
            preference.HasKey(p => new { p.UserId, p.Kind });
            preference.Property(p => p.Kind).HasConversion<string>().HasMaxLength(30);
        });
        modelBuilder.Entity<LessonProgress>(progress => progress.HasKey(p => new { p.EnrollmentId, p.LessonId }));
        modelBuilder.Entity<PassedAssessment>(passed =>
        {
            passed.HasKey(p => new { p.OfferingId, p.UserId, p.AssessmentId });
        });
    }
}

internal sealed class EnrollmentSqliteDbContext(DbContextOptions<EnrollmentSqliteDbContext> options) : EnrollmentDbContext(options);

internal sealed class EnrollmentSqlServerDbContext(DbContextOptions<EnrollmentSqlServerDbContext> options) : EnrollmentDbContext(options)
{
    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.HasDefaultSchema(Schema);
        base.OnModelCreating(modelBuilder);
    }
}

internal sealed class EnrollmentSqliteDesignTimeFactory : SqliteDesignTimeFactory<EnrollmentSqliteDbContext>;

internal sealed class EnrollmentSqlServerDesignTimeFactory() : SqlServerDesignTimeFactory<EnrollmentSqlServerDbContext>(EnrollmentDbContext.Schema);

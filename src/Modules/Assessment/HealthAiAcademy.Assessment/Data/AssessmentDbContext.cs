using HealthAiAcademy.Assessment.Domain;
using HealthAiAcademy.BuildingBlocks.Data;
using Microsoft.EntityFrameworkCore;

namespace HealthAiAcademy.Assessment.Data;

internal abstract class AssessmentDbContext(DbContextOptions options) : ModuleDbContext(options)
{
    public const string Schema = "assessment";

    public DbSet<AssessmentDefinition> Assessments => Set<AssessmentDefinition>();

    public DbSet<Question> Questions => Set<Question>();

    public DbSet<QuizAttempt> Attempts => Set<QuizAttempt>();

    public DbSet<Submission> Submissions => Set<Submission>();

    public DbSet<SubmissionFile> Files => Set<SubmissionFile>();

    public DbSet<GradeAuditEntry> GradeAudit => Set<GradeAuditEntry>();

    public DbSet<DeadlineExtension> Extensions => Set<DeadlineExtension>();

    public DbSet<PassRecord> Passes => Set<PassRecord>();

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        foreach (var assessmentId in AssessmentsWithChangedWork())
        {
            Assessments.Find(assessmentId)?.WorkChanged();
        }

        return base.SaveChanges(acceptAllChangesOnSuccess);
    }

    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        foreach (var assessmentId in AssessmentsWithChangedWork())
        {
            (await Assessments.FindAsync([assessmentId], cancellationToken))?.WorkChanged();
        }

        return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
    }

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        modelBuilder.Entity<AssessmentDefinition>(assessment =>
        {
            assessment.ToTable("Assessments");
            assessment.HasKey(a => a.Id);
            assessment.Property(a => a.Id).ValueGeneratedNever();
            assessment.Property(a => a.Title).HasMaxLength(200);
            assessment.Property(a => a.Instructions).HasMaxLength(4000);
            assessment.Property(a => a.Kind).HasConversion<string>().HasMaxLength(20);
            assessment.Property(a => a.LatePolicy).HasConversion<string>().HasMaxLength(30);
            assessment.Property(a => a.CountedAttempt).HasConversion<string>().HasMaxLength(20);
            assessment.Property(a => a.Feedback).HasConversion<string>().HasMaxLength(20);
            assessment.OwnsMany(a => a.Rubric, rubric =>
            {
                rubric.ToJson();
                rubric.OwnsMany(c => c.Levels);
            });
            assessment.HasIndex(a => a.OfferingId);
            assessment.HasIndex(a => a.DueAtUtc);
        });
        modelBuilder.Entity<Question>(question =>
        {
            question.HasKey(q => q.Id);
            question.Property(q => q.Id).ValueGeneratedNever();
            question.Property(q => q.Prompt).HasMaxLength(2000);
            question.Property(q => q.Explanation).HasMaxLength(2000);
            question.Property(q => q.Type).HasConversion<string>().HasMaxLength(20);
            question.OwnsMany(q => q.Options, options => options.ToJson());
            question.HasIndex(q => q.CourseId);
        });
        modelBuilder.Entity<QuizAttempt>(attempt =>
        {
            attempt.HasKey(a => a.Id);
            attempt.Property(a => a.Id).ValueGeneratedNever();
            // The status guards hand-in: two submits of one attempt at once cannot both score it.
            attempt.Property(a => a.Status).HasConversion<string>().HasMaxLength(20).IsConcurrencyToken();
            attempt.OwnsMany(a => a.Answers, answers => answers.ToJson());
            attempt.HasIndex(a => new { a.AssessmentId, a.UserId, a.Number }).IsUnique();
            attempt.HasIndex(a => new { a.OfferingId, a.UserId });
        });
        modelBuilder.Entity<Submission>(submission =>
        {
            submission.HasKey(s => s.Id);
            submission.Property(s => s.Id).ValueGeneratedNever();
            submission.Property(s => s.State).HasConversion<string>().HasMaxLength(20);
            submission.Property(s => s.Version).IsConcurrencyToken();
            submission.Property(s => s.FileName).HasMaxLength(200);
            submission.Property(s => s.Text).HasMaxLength(50_000);
            submission.Property(s => s.Feedback).HasMaxLength(10_000);
            submission.OwnsMany(s => s.RubricScores, scores => scores.ToJson());
            submission.HasIndex(s => new { s.AssessmentId, s.UserId }).IsUnique();
            submission.HasIndex(s => new { s.AssessmentId, s.CandidateNumber }).IsUnique();
            submission.HasIndex(s => new { s.OfferingId, s.State, s.SubmittedAtUtc });
        });
        modelBuilder.Entity<SubmissionFile>(file =>
        {
            file.ToTable("SubmissionFiles");
            file.HasKey(f => f.Id);
            file.Property(f => f.Id).ValueGeneratedNever();
            file.Property(f => f.FileName).HasMaxLength(200);
            file.Property(f => f.Sha256).HasMaxLength(64);
        });
        modelBuilder.Entity<GradeAuditEntry>(entry =>
        {
            entry.ToTable("GradeAudit");
            entry.HasKey(e => e.Id);
            entry.Property(e => e.Id).ValueGeneratedNever();
            entry.Property(e => e.StateBefore).HasConversion<string>().HasMaxLength(20);
            entry.Property(e => e.Reason).HasMaxLength(1000);
            entry.Property(e => e.OldFeedback).HasMaxLength(10_000);
            entry.Property(e => e.NewFeedback).HasMaxLength(10_000);
            entry.HasIndex(e => e.SubmissionId);
        });
        modelBuilder.Entity<DeadlineExtension>(extension => extension.HasKey(e => new { e.AssessmentId, e.UserId }));
        modelBuilder.Entity<PassRecord>(pass =>
        {
            pass.ToTable("Passes");
            pass.HasKey(p => new { p.AssessmentId, p.UserId });
        });
    }

    // Every save of work the gradebook reads (a handed-in attempt, any hand-in) stamps its assessment anew, whichever use case
    // saved it: the gradebook's copies are keyed by these stamps. An attempt still in progress is not read, so it stamps nothing.
    private List<Guid> AssessmentsWithChangedWork() =>
        [.. ChangeTracker.Entries()
            .Where(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted)
            .Select(e => e.Entity switch
            {
                QuizAttempt attempt when IsOrWasHandedIn(e) => attempt.AssessmentId,
                Submission submission => submission.AssessmentId,
                _ => Guid.Empty,
            })
            .Where(id => id != Guid.Empty)
            .Distinct()];

    private static bool IsOrWasHandedIn(Microsoft.EntityFrameworkCore.ChangeTracking.EntityEntry attempt)
    {
        var status = attempt.Property(nameof(QuizAttempt.Status));
        return status.CurrentValue is AttemptStatus.Submitted || (attempt.State != EntityState.Added && status.OriginalValue is AttemptStatus.Submitted);
    }
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

using HealthAiAcademy.BuildingBlocks.Audit;
using HealthAiAcademy.BuildingBlocks.Events;
using HealthAiAcademy.BuildingBlocks.Outbox;
using Microsoft.EntityFrameworkCore;

namespace HealthAiAcademy.BuildingBlocks.Data;

/// <summary>Base of every module's DbContext: gives it an outbox, an inbox and an audit trail in its own database (or schema).</summary>
public abstract class ModuleDbContext(DbContextOptions options) : DbContext(options), IOutboxContext
{
    public DbSet<OutboxMessage> OutboxMessages => Set<OutboxMessage>();

    public DbSet<InboxMessage> InboxMessages => Set<InboxMessage>();

    /// <summary>Append-only: adding is all SaveChanges allows (see <see cref="StaffAudit"/>).</summary>
    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();

    /// <summary>Stores the event in the outbox; it is committed by the same SaveChanges as the change that raised it.</summary>
    public void AddIntegrationEvent(IntegrationEvent integrationEvent) => OutboxModel.AddIntegrationEvent(this, integrationEvent);

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        RefuseAuditRewrites();
        return base.SaveChanges(acceptAllChangesOnSuccess);
    }

    public override Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        RefuseAuditRewrites();
        return base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder) =>
        configurationBuilder.StoreDateTimesAsUtc();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        OutboxModel.Configure(modelBuilder);
        modelBuilder.Entity<AuditEntry>(audit =>
        {
            audit.ToTable("AuditEntries");
            audit.HasKey(e => e.Id);
            audit.Property(e => e.Id).ValueGeneratedNever();
            audit.Property(e => e.Action).HasMaxLength(100);
            audit.Property(e => e.SubjectType).HasMaxLength(100);
            audit.Property(e => e.Note).HasMaxLength(AuditEntry.NoteMaxLength);
            audit.HasIndex(e => e.AtUtc);
            audit.HasIndex(e => new { e.PersonId, e.AtUtc });
            audit.HasIndex(e => new { e.OfferingId, e.AtUtc });
        });
    }

    /// <summary>
    /// Erasure's one exception to append-only: the free text of entries about the person (notes, changed values) is
    /// removed; who did what, when, stays.
    /// </summary>
    public Task<int> EraseAuditTextAboutAsync(Guid personId, CancellationToken cancellationToken) =>
        AuditEntries.Where(e => e.PersonId == personId && (e.Note != null || e.Changes != null))
            .ExecuteUpdateAsync(set => set.SetProperty(e => e.Note, (string?)null).SetProperty(e => e.Changes, (string?)null), cancellationToken);

    private void RefuseAuditRewrites()
    {
        if (ChangeTracker.Entries<AuditEntry>().Any(e => e.State is EntityState.Modified or EntityState.Deleted))
        {
            throw new InvalidOperationException("Audit entries are never changed or deleted.");
        }
    }
}

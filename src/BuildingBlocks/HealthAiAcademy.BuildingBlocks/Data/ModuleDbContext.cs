using HealthAiAcademy.BuildingBlocks.Events;
using HealthAiAcademy.BuildingBlocks.Outbox;
using Microsoft.EntityFrameworkCore;

namespace HealthAiAcademy.BuildingBlocks.Data;

/// <summary>Base of every module's DbContext: gives it an outbox and an inbox in its own database (or schema).</summary>
public abstract class ModuleDbContext(DbContextOptions options) : DbContext(options)
{
    public DbSet<OutboxMessage> OutboxMessages => Set<OutboxMessage>();

    public DbSet<InboxMessage> InboxMessages => Set<InboxMessage>();

    /// <summary>Stores the event in the outbox; it is committed by the same SaveChanges as the change that raised it.</summary>
    public void AddIntegrationEvent(IntegrationEvent integrationEvent) =>
        OutboxMessages.Add(OutboxMessage.From(integrationEvent));

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder) =>
        configurationBuilder.StoreDateTimesAsUtc();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<OutboxMessage>(outbox =>
        {
            outbox.ToTable("OutboxMessages");
            outbox.HasKey(m => m.Id);
            outbox.Property(m => m.Id).ValueGeneratedNever();
            outbox.Property(m => m.Type).HasMaxLength(400);
            outbox.Property(m => m.LastError).HasMaxLength(2000);
            outbox.HasIndex(m => new { m.ProcessedAtUtc, m.OccurredAtUtc });
        });
        modelBuilder.Entity<InboxMessage>(inbox =>
        {
            inbox.ToTable("InboxMessages");
            inbox.HasKey(m => new { m.MessageId, m.Handler });
            inbox.Property(m => m.Handler).HasMaxLength(300);
        });
    }
}

using HealthAiAcademy.BuildingBlocks.Events;
using Microsoft.EntityFrameworkCore;

namespace HealthAiAcademy.BuildingBlocks.Outbox;

/// <summary>
/// A context with an outbox and an inbox in its own database: every module's, and the host's accounts (whose erasure
/// the modules must hear of). The dispatcher delivers from each.
/// </summary>
public interface IOutboxContext
{
    DbSet<OutboxMessage> OutboxMessages { get; }

    DbSet<InboxMessage> InboxMessages { get; }
}

public static class OutboxModel
{
    /// <summary>Stores the event in the outbox; it is committed by the same SaveChanges as the change that raised it.</summary>
    public static void AddIntegrationEvent(this IOutboxContext context, IntegrationEvent integrationEvent) =>
        context.OutboxMessages.Add(OutboxMessage.From(integrationEvent));

    public static void Configure(ModelBuilder modelBuilder)
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

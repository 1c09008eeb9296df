using HealthAiAcademy.BuildingBlocks.Outbox;
using HealthAiAcademy.BuildingBlocks.Privacy;
using HealthAiAcademy.Compliance.Data;
using Microsoft.EntityFrameworkCore;

namespace HealthAiAcademy.Compliance.Features.ErasePerson;

/// <summary>
/// The person's staff number, memberships, training records, equivalents with their evidence, oversight assignments and status answers go: the
/// organisation's history then no longer counts them, which is what erasure asks (HR will not list someone who left).
/// A system they owned keeps them as owner by id until an administrator names another.
/// </summary>
internal sealed class PersonErasedHandler(ComplianceDbContext db, TimeProvider clock)
    : InboxIntegrationEventHandler<PersonErasedIntegrationEvent, ComplianceDbContext>(db, clock)
{
    protected override async Task ApplyAsync(PersonErasedIntegrationEvent integrationEvent, CancellationToken cancellationToken)
    {
        await Context.Memberships.Where(m => m.UserId == integrationEvent.UserId).ExecuteDeleteAsync(cancellationToken);
        await Context.StaffMembers.Where(s => s.UserId == integrationEvent.UserId).ExecuteDeleteAsync(cancellationToken);
        await Context.Standings.Where(s => s.UserId == integrationEvent.UserId).ExecuteDeleteAsync(cancellationToken);
        await Context.TrainingRecords.Where(r => r.UserId == integrationEvent.UserId).ExecuteDeleteAsync(cancellationToken);
        await Context.EquivalentEvidence.Where(e => Context.RecordedEquivalents.Any(r => r.Id == e.EquivalentId && r.UserId == integrationEvent.UserId))
            .ExecuteDeleteAsync(cancellationToken);
        await Context.RecordedEquivalents.Where(r => r.UserId == integrationEvent.UserId).ExecuteDeleteAsync(cancellationToken);
        // The log of questions asked about the person stays as a count; whom it was about goes.
        await Context.StatusApiCalls.Where(c => c.UserId == integrationEvent.UserId).ExecuteUpdateAsync(set => set.SetProperty(c => c.UserId, (Guid?)null), cancellationToken);
        foreach (var system in await Context.AiSystems.Where(s => s.OverseerIds.Contains(integrationEvent.UserId)).ToListAsync(cancellationToken))
        {
            system.UnassignOverseer(integrationEvent.UserId, Clock.GetUtcNow().UtcDateTime);
        }
        await Context.EraseAuditTextAboutAsync(integrationEvent.UserId, cancellationToken);
    }
}

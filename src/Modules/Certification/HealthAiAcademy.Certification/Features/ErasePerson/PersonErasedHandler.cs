using HealthAiAcademy.BuildingBlocks.Outbox;
using HealthAiAcademy.BuildingBlocks.Privacy;
using HealthAiAcademy.Certification.Data;
using Microsoft.EntityFrameworkCore;

namespace HealthAiAcademy.Certification.Features.ErasePerson;

/// <summary>
/// Certificates are kept through the CPD retention period (registries and accreditation audits ask the provider for
/// proof of who attended; ADR 0018): they are marked, and the retention sweep removes name and number when it ends.
/// Reminders to renew stop, since the account has no address any more.
/// </summary>
internal sealed class PersonErasedHandler(CertificationDbContext db, TimeProvider clock)
    : InboxIntegrationEventHandler<PersonErasedIntegrationEvent, CertificationDbContext>(db, clock)
{
    protected override async Task ApplyAsync(PersonErasedIntegrationEvent integrationEvent, CancellationToken cancellationToken)
    {
        var now = Clock.GetUtcNow().UtcDateTime;
        foreach (var certificate in await Context.Certificates.Where(c => c.UserId == integrationEvent.UserId).ToListAsync(cancellationToken))
        {
            certificate.MarkHolderErased(now);
        }

        // What the person added to their own dossier is theirs alone: it goes at once, evidence and all.
        await Context.CpdEvidence.Where(e => Context.CpdActivities.Any(a => a.Id == e.ActivityId && a.UserId == integrationEvent.UserId)).ExecuteDeleteAsync(cancellationToken);
        await Context.CpdActivities.Where(a => a.UserId == integrationEvent.UserId).ExecuteDeleteAsync(cancellationToken);
        await Context.CpdCycleStarts.Where(c => c.UserId == integrationEvent.UserId).ExecuteDeleteAsync(cancellationToken);
        await Context.EraseAuditTextAboutAsync(integrationEvent.UserId, cancellationToken);
    }
}

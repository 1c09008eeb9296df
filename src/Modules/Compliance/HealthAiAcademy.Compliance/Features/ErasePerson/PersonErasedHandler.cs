using HealthAiAcademy.BuildingBlocks.Outbox;
using HealthAiAcademy.BuildingBlocks.Privacy;
using HealthAiAcademy.Compliance.Data;
using Microsoft.EntityFrameworkCore;

namespace HealthAiAcademy.Compliance.Features.ErasePerson;

/// <summary>
/// The person's staff number and memberships go: the organisation's history then no longer counts them, which is what
/// erasure asks; HR will not list someone who left, and a colleague who stays is not erased.
/// </summary>
internal sealed class PersonErasedHandler(ComplianceDbContext db, TimeProvider clock)
    : InboxIntegrationEventHandler<PersonErasedIntegrationEvent, ComplianceDbContext>(db, clock)
{
    protected override async Task ApplyAsync(PersonErasedIntegrationEvent integrationEvent, CancellationToken cancellationToken)
    {
        await Context.Memberships.Where(m => m.UserId == integrationEvent.UserId).ExecuteDeleteAsync(cancellationToken);
        await Context.StaffMembers.Where(s => s.UserId == integrationEvent.UserId).ExecuteDeleteAsync(cancellationToken);
        await Context.EraseAuditTextAboutAsync(integrationEvent.UserId, cancellationToken);
    }
}

using HealthAiAcademy.BuildingBlocks.Audit;
using HealthAiAcademy.BuildingBlocks.Domain;
using HealthAiAcademy.BuildingBlocks.Web;
using HealthAiAcademy.Courses.Contracts;
using HealthAiAcademy.Courses.Data;
using HealthAiAcademy.Courses.Domain;
using HealthAiAcademy.Enrollment.Contracts;
using Microsoft.EntityFrameworkCore;

namespace HealthAiAcademy.Courses.Features.Shared;

/// <summary>What every change of an offering shares: load it whole, save it with its event and audit entry, refresh the catalog, answer 409 on a broken rule.</summary>
internal sealed class OfferingChanges(CoursesDbContext db, CatalogCache catalogCache, StaffAudit audit)
{
    public Task<Offering?> LoadAsync(Guid offeringId, CancellationToken cancellationToken) =>
        db.Offerings.Include(o => o.Course).Include(o => o.Sessions).Include(o => o.Disclosures).SingleOrDefaultAsync(o => o.Id == offeringId, cancellationToken);

    public async Task<Outcome<ManagedOffering>> SaveAsync(Offering offering, string auditAction, Func<BuildingBlocks.Events.IntegrationEvent> change, CancellationToken cancellationToken)
    {
        try
        {
            db.AddIntegrationEvent(change());
            audit.Record(db, auditAction, new AuditSubject(nameof(Offering), offering.Id, offering.Id), AuditChanges.Tracked(db.Entry(offering)));
            await db.SaveChangesAsync(cancellationToken);
            await catalogCache.InvalidateAsync(cancellationToken);
            return Outcome<ManagedOffering>.Ok(ManagedOffering.From(offering));
        }
        catch (BusinessRuleViolationException violation)
        {
            return Outcome<ManagedOffering>.Conflict(violation.Message);
        }
        catch (DbUpdateConcurrencyException)
        {
            return Outcome<ManagedOffering>.Conflict("Someone else changed this offering at the same time: reload and try again.");
        }
    }
}

using HealthAiAcademy.BuildingBlocks.Audit;
using Hangfire;
using HealthAiAcademy.BuildingBlocks.Users;
using HealthAiAcademy.BuildingBlocks.Web;
using HealthAiAcademy.Certification.Data;
using HealthAiAcademy.Certification.Domain;
using HealthAiAcademy.Certification.Features.Shared;
using HealthAiAcademy.Courses.Contracts;
using Microsoft.EntityFrameworkCore;

namespace HealthAiAcademy.Certification.Features.StartBulkIssue;

/// <summary>Queues one background run that issues (or renders again) every certificate of an offering, one run at a time.</summary>
internal sealed class StartBulkIssueHandler(CertificationDbContext db, OfferingStaff staff, ICourseCatalog catalog, ICurrentUser currentUser, IBackgroundJobClient jobs, StaffAudit audit, TimeProvider clock)
{
    public async Task<Outcome<BulkRunView>> HandleAsync(Guid offeringId, bool regenerate, CancellationToken cancellationToken)
    {
        if (!staff.IsCoordinator)
        {
            return Outcome<BulkRunView>.Forbidden("Only coordinators issue certificates in bulk.");
        }

        if (await catalog.GetOfferingAsync(offeringId, cancellationToken) is null)
        {
            return Outcome<BulkRunView>.NotFound("The offering");
        }

        if (await db.BulkRuns.AnyAsync(r => r.OfferingId == offeringId && (r.State == BulkIssueState.Queued || r.State == BulkIssueState.Running), cancellationToken))
        {
            return Outcome<BulkRunView>.Conflict("A bulk issue for this offering is already running; follow its progress.");
        }

        var run = new BulkIssueRun(Guid.NewGuid(), offeringId, regenerate, currentUser.UserId!.Value, clock.GetUtcNow().UtcDateTime);
        db.BulkRuns.Add(run);
        audit.Record(db, AuditActions.BulkIssueStarted, new AuditSubject("Offering", offeringId, offeringId), new AuditChanges().Add("Regenerate", (bool?)null, regenerate));
        await db.SaveChangesAsync(cancellationToken);
        jobs.Enqueue<BulkIssueRunner>(runner => runner.RunAsync(run.Id, CancellationToken.None));
        return Outcome<BulkRunView>.Ok(BulkRunView.From(run));
    }
}

using HealthAiAcademy.BuildingBlocks.Web;
using HealthAiAcademy.Courses.Contracts;
using HealthAiAcademy.Certification.Data;
using HealthAiAcademy.Certification.Features.Shared;
using Microsoft.EntityFrameworkCore;

namespace HealthAiAcademy.Certification.Features.GetBulkIssueProgress;

internal sealed class GetBulkIssueProgressHandler(CertificationDbContext db, OfferingStaff staff)
{
    public async Task<Outcome<BulkRunView>> HandleAsync(Guid runId, CancellationToken cancellationToken)
    {
        if (!staff.IsCoordinator)
        {
            return Outcome<BulkRunView>.Forbidden("Only coordinators follow bulk issues.");
        }

        return await db.BulkRuns.AsNoTracking().SingleOrDefaultAsync(r => r.Id == runId, cancellationToken) is { } run
            ? Outcome<BulkRunView>.Ok(BulkRunView.From(run))
            : Outcome<BulkRunView>.NotFound("The bulk issue");
    }
}

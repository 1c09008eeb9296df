using HealthAiAcademy.Certification.Data;
using HealthAiAcademy.Certification.Features.Shared;
using Microsoft.EntityFrameworkCore;

namespace HealthAiAcademy.Certification.Features.GetBulkIssueProgress;

internal sealed class GetBulkIssueProgressHandler(CertificationDbContext db)
{
    public async Task<BulkRunView?> HandleAsync(Guid runId, CancellationToken cancellationToken) =>
        await db.BulkRuns.AsNoTracking().SingleOrDefaultAsync(r => r.Id == runId, cancellationToken) is { } run ? BulkRunView.From(run) : null;
}

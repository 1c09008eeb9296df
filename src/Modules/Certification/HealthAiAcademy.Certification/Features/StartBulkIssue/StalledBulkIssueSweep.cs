using Hangfire;
using HealthAiAcademy.Certification.Data;
using HealthAiAcademy.Certification.Domain;
using HealthAiAcademy.Certification.Rendering;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace HealthAiAcademy.Certification.Features.StartBulkIssue;

/// <summary>
/// Finds bulk-issue runs whose job was lost (Hangfire's in-memory storage forgets jobs on a restart) and queues them again, or
/// fails them after <see cref="BulkIssueRun.MaxResumes"/> tries, so an offering never answers "already running" forever.
/// </summary>
internal sealed class StalledBulkIssueSweep(
    CertificationDbContext db, IBackgroundJobClient jobs, IOptions<CertificateOptions> options, TimeProvider clock, ILogger<StalledBulkIssueSweep> logger)
{
    public const string JobId = "certification-stalled-bulk-issues";

    /// <returns>How many runs were queued again.</returns>
    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var after = options.Value.BulkRunStallAfter;
        var open = await db.BulkRuns.Where(r => r.State == BulkIssueState.Queued || r.State == BulkIssueState.Running).ToListAsync(cancellationToken);
        var resumed = new List<Guid>();
        foreach (var run in open.Where(r => r.IsStalled(now, after)))
        {
            if (run.ResumeOrFail(now))
            {
                resumed.Add(run.Id);
            }
            else
            {
                logger.LogWarning("Bulk issue {RunId} of offering {OfferingId} stalled too often and is failed", run.Id, run.OfferingId);
            }
        }

        try
        {
            // Saved before queueing: Resumes is the concurrency token, so a sweep on another host that saw the same run loses here.
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return 0;
        }

        foreach (var runId in resumed)
        {
            jobs.Enqueue<BulkIssueRunner>(runner => runner.RunAsync(runId, CancellationToken.None));
        }

        return resumed.Count;
    }
}

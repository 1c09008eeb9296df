using HealthAiAcademy.BuildingBlocks.Users;
using HealthAiAcademy.Certification.Data;
using HealthAiAcademy.Certification.Domain;
using HealthAiAcademy.Certification.Features.IssueCertificate;
using HealthAiAcademy.Courses.Contracts;
using HealthAiAcademy.Enrollment.Contracts;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.Extensions.DependencyInjection;

namespace HealthAiAcademy.Certification.Features.StartBulkIssue;

/// <summary>
/// The Hangfire job behind "issue all": issues every missing certificate of an offering (and, when asked, renders the existing ones
/// again), saving in batches so the page's progress bar moves and a crash loses at most one batch, which a rerun picks up.
/// </summary>
internal sealed class BulkIssueRunner(IServiceScopeFactory scopes, TimeProvider clock)
{
    public const int BatchSize = 50;

    public async Task RunAsync(Guid runId, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var db = services.GetRequiredService<CertificationDbContext>();
        var run = await db.BulkRuns.SingleOrDefaultAsync(r => r.Id == runId, cancellationToken);
        if (run is null || run.State == BulkIssueState.Finished)
        {
            return;
        }

        try
        {
            var offering = await services.GetRequiredService<ICourseCatalog>().GetCertificateBasisAsync(run.OfferingId, cancellationToken)
                ?? throw new InvalidOperationException("The offering no longer exists.");
            var completions = await services.GetRequiredService<IEnrollmentDirectory>().CompletionsAsync(run.OfferingId, cancellationToken);
            var existing = await db.Certificates.Where(c => c.OfferingId == run.OfferingId).ToListAsync(cancellationToken);
            var issuedFor = existing.Select(c => c.EnrollmentId).ToHashSet();
            var toRegenerate = run.Regenerate ? existing.Where(c => c.Status == CertificateStatus.Valid).ToList() : [];
            var toIssue = completions.Where(c => !issuedFor.Contains(c.EnrollmentId)).ToList();
            var profiles = await services.GetRequiredService<IUserDirectory>().FindManyAsync([.. toIssue.Select(c => c.UserId).Distinct()], cancellationToken);
            var issuer = services.GetRequiredService<CertificateIssuer>();
            var presence = await issuer.PresenceAsync([.. toIssue.Select(c => c.EnrollmentId)], cancellationToken);

            run.Start(toIssue.Count + toRegenerate.Count, clock.GetUtcNow().UtcDateTime);
            await db.SaveChangesAsync(cancellationToken);

            foreach (var certificate in toRegenerate)
            {
                await issuer.RegenerateAsync(certificate, cancellationToken);
                await StepAsync(db, run, issued: false, clock.GetUtcNow().UtcDateTime, cancellationToken);
            }

            foreach (var batch in toIssue.Chunk(BatchSize))
            {
                var facts = new List<BulkCompletion>(batch.Length);
                foreach (var completion in batch)
                {
                    facts.Add(new BulkCompletion(
                        new CompletionFacts(completion.EnrollmentId, completion.OfferingId, completion.UserId, completion.AttendancePercent, completion.CompletedAtUtc),
                        profiles.GetValueOrDefault(completion.UserId), await issuer.TranscriptAsync(offering, completion.UserId, cancellationToken),
                        presence[completion.EnrollmentId]));
                }

                issuer.StageFirst(offering, facts);
                foreach (var _ in batch)
                {
                    run.Step(issued: true, clock.GetUtcNow().UtcDateTime);
                }

                await db.SaveChangesAsync(cancellationToken);
                Forget(db, entry => !ReferenceEquals(entry.Entity, run));
            }

            run.Finish(clock.GetUtcNow().UtcDateTime);
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            db.ChangeTracker.Clear();
            await db.BulkRuns.Where(r => r.Id == runId).ExecuteUpdateAsync(s => s
                .SetProperty(r => r.State, BulkIssueState.Failed)
                .SetProperty(r => r.Error, exception.Message.Length > 2000 ? exception.Message[..2000] : exception.Message)
                .SetProperty(r => r.FinishedAtUtc, clock.GetUtcNow().UtcDateTime), cancellationToken);
            throw;
        }
    }

    private static async Task StepAsync(CertificationDbContext db, BulkIssueRun run, bool issued, DateTime nowUtc, CancellationToken cancellationToken)
    {
        run.Step(issued, nowUtc);
        if (run.Done % BatchSize == 0 || run.IsDone)
        {
            await db.SaveChangesAsync(cancellationToken);
            Forget(db, entry => entry.Entity is CertificateDocument);     // the certificates still to render stay tracked
        }
    }

    /// <summary>
    /// Saved entities leave the change tracker, which every save scans: kept, each batch's save took longer than the one
    /// before it (1,000 certificates cost 2.2 times as much per certificate as 100).
    /// </summary>
    private static void Forget(CertificationDbContext db, Func<EntityEntry, bool> which)
    {
        foreach (var entry in db.ChangeTracker.Entries().Where(e => e.State == EntityState.Unchanged && which(e)).ToList())
        {
            entry.State = EntityState.Detached;
        }
    }
}

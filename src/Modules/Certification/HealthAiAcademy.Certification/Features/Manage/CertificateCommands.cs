using Hangfire;
using HealthAiAcademy.BuildingBlocks.Data;
using HealthAiAcademy.BuildingBlocks.Time;
using HealthAiAcademy.BuildingBlocks.Users;
using HealthAiAcademy.BuildingBlocks.Web;
using HealthAiAcademy.Certification.Data;
using HealthAiAcademy.Certification.Domain;
using HealthAiAcademy.Certification.Features.Issue;
using HealthAiAcademy.Certification.Features.Shared;
using HealthAiAcademy.Certification.Rendering;
using HealthAiAcademy.Courses.Contracts;
using HealthAiAcademy.Enrollment.Contracts;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace HealthAiAcademy.Certification.Features.Manage;

internal sealed record RevokeRequest(string? Reason);

internal sealed record BulkRunView(Guid Id, Guid OfferingId, string State, int Total, int Done, int Issued, int Percent, string? Error);

internal sealed record OfferingCertificates(Guid OfferingId, string OfferingTitle, int Completed, int Missing, IReadOnlyList<CertificateView> Certificates, BulkRunView? LatestRun);

/// <summary>Coordinators' work on certificates: download, revoke, reissue after a name correction, bulk issue with progress.</summary>
internal sealed class CertificateCommands(
    CertificationDbContext db, CertificateIssuer issuer, OfferingStaff staff, ICurrentUser currentUser, ICourseCatalog catalog,
    IEnrollmentDirectory enrollment, IBackgroundJobClient jobs, IOptions<CertificateOptions> options, TimeProvider clock)
{
    /// <summary>The stored PDF, for its holder, coordinators and administrators; null (404) for anyone else.</summary>
    public async Task<(string Number, byte[] Pdf)?> PdfAsync(Guid certificateId, CancellationToken cancellationToken)
    {
        var certificate = await db.Certificates.AsNoTracking().Where(c => c.Id == certificateId).Select(c => new { c.UserId, c.Number }).SingleOrDefaultAsync(cancellationToken);
        if (certificate is null || (certificate.UserId != currentUser.UserId && !staff.IsCoordinator))
        {
            return null;
        }

        var pdf = await db.Documents.AsNoTracking().Where(d => d.CertificateId == certificateId).Select(d => d.Content).SingleAsync(cancellationToken);
        return (certificate.Number, pdf);
    }

    public async Task<Outcome<CertificateView>> RevokeAsync(Guid certificateId, RevokeRequest request, CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors()
            .AddIf(string.IsNullOrWhiteSpace(request.Reason), "reason", "A reason is required; it is shown on the public verification page.")
            .AddIf(request.Reason?.Length > 1000, "reason", "At most 1000 characters.");
        if (!errors.IsValid)
        {
            return Outcome<CertificateView>.Invalid(errors);
        }

        var certificate = await db.Certificates.SingleOrDefaultAsync(c => c.Id == certificateId, cancellationToken);
        if (certificate is null)
        {
            return Outcome<CertificateView>.NotFound("The certificate");
        }

        if (certificate.Status != CertificateStatus.Valid)
        {
            return Outcome<CertificateView>.Conflict($"The certificate is already {certificate.Status.ToString().ToLowerInvariant()}.");
        }

        certificate.Revoke(request.Reason!.Trim(), Now);
        await db.SaveChangesAsync(cancellationToken);
        return Outcome<CertificateView>.Ok(View(certificate));
    }

    /// <summary>A new certificate (new number and code, today's profile name) for the same completion; the old one verifies as superseded.</summary>
    public async Task<Outcome<CertificateView>> ReissueAsync(Guid certificateId, CancellationToken cancellationToken)
    {
        var old = await db.Certificates.SingleOrDefaultAsync(c => c.Id == certificateId, cancellationToken);
        if (old is null)
        {
            return Outcome<CertificateView>.NotFound("The certificate");
        }

        if (old.Status != CertificateStatus.Valid)
        {
            return Outcome<CertificateView>.Conflict($"Only a valid certificate can be reissued; this one is {old.Status.ToString().ToLowerInvariant()}.");
        }

        var generation = await db.Certificates.Where(c => c.EnrollmentId == old.EnrollmentId).MaxAsync(c => c.Generation, cancellationToken) + 1;
        var completion = new CompletionFacts(old.EnrollmentId, old.OfferingId, old.UserId, old.AttendancePercent, old.CompletedOn.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc));
        var replacement = await issuer.StageAsync(completion, generation, cancellationToken);
        if (replacement is null)
        {
            return Outcome<CertificateView>.Conflict("The offering no longer exists, so the certificate cannot be rendered again.");
        }

        old.SupersedeBy(replacement.Id, Now);
        if (!await db.SaveUnlessDuplicateAsync(cancellationToken))
        {
            return Outcome<CertificateView>.Conflict("The certificate was reissued at the same moment by someone else.");
        }

        return Outcome<CertificateView>.Ok(View(replacement));
    }

    public async Task<Outcome<OfferingCertificates>> ForOfferingAsync(Guid offeringId, CancellationToken cancellationToken)
    {
        var offering = await catalog.GetOfferingAsync(offeringId, cancellationToken);
        if (offering is null)
        {
            return Outcome<OfferingCertificates>.NotFound("The offering");
        }

        var certificates = await db.Certificates.AsNoTracking().Where(c => c.OfferingId == offeringId).OrderBy(c => c.HolderName).ToListAsync(cancellationToken);
        var completions = await enrollment.CompletionsAsync(offeringId, cancellationToken);
        var issued = certificates.Select(c => c.EnrollmentId).ToHashSet();
        var latest = await db.BulkRuns.AsNoTracking().Where(r => r.OfferingId == offeringId).OrderByDescending(r => r.RequestedAtUtc).FirstOrDefaultAsync(cancellationToken);
        return Outcome<OfferingCertificates>.Ok(new OfferingCertificates(offeringId, offering.Title, completions.Count, completions.Count(c => !issued.Contains(c.EnrollmentId)),
            [.. certificates.Select(View)], latest is null ? null : RunView(latest)));
    }

    public async Task<Outcome<BulkRunView>> StartBulkIssueAsync(Guid offeringId, bool regenerate, CancellationToken cancellationToken)
    {
        if (await catalog.GetOfferingAsync(offeringId, cancellationToken) is null)
        {
            return Outcome<BulkRunView>.NotFound("The offering");
        }

        if (await db.BulkRuns.AnyAsync(r => r.OfferingId == offeringId && (r.State == BulkIssueState.Queued || r.State == BulkIssueState.Running), cancellationToken))
        {
            return Outcome<BulkRunView>.Conflict("A bulk issue for this offering is already running; follow its progress.");
        }

        var run = new BulkIssueRun(Guid.NewGuid(), offeringId, regenerate, currentUser.UserId!.Value, Now);
        db.BulkRuns.Add(run);
        await db.SaveChangesAsync(cancellationToken);
        jobs.Enqueue<BulkIssueRunner>(runner => runner.RunAsync(run.Id, CancellationToken.None));
        return Outcome<BulkRunView>.Ok(RunView(run));
    }

    public async Task<BulkRunView?> ProgressAsync(Guid runId, CancellationToken cancellationToken) =>
        await db.BulkRuns.AsNoTracking().SingleOrDefaultAsync(r => r.Id == runId, cancellationToken) is { } run ? RunView(run) : null;

    private static BulkRunView RunView(BulkIssueRun r) =>
        new(r.Id, r.OfferingId, r.State.ToString(), r.Total, r.Done, r.Issued, r.Total == 0 ? (r.State == BulkIssueState.Finished ? 100 : 0) : r.Done * 100 / r.Total, r.Error);

    private CertificateView View(Certificate c) =>
        CertificateView.From(c, AcademyTime.DateOf(Now), options.Value);

    private DateTime Now => clock.GetUtcNow().UtcDateTime;
}

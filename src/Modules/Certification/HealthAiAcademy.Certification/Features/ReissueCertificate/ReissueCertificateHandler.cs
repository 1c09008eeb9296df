using HealthAiAcademy.Courses.Contracts;
using HealthAiAcademy.BuildingBlocks.Audit;
using HealthAiAcademy.BuildingBlocks.Data;
using HealthAiAcademy.BuildingBlocks.Web;
using HealthAiAcademy.Certification.Data;
using HealthAiAcademy.Certification.Domain;
using HealthAiAcademy.Certification.Features.IssueCertificate;
using HealthAiAcademy.Certification.Features.Shared;
using Microsoft.EntityFrameworkCore;

namespace HealthAiAcademy.Certification.Features.ReissueCertificate;

internal sealed class ReissueCertificateHandler(CertificationDbContext db, OfferingStaff staff, CertificateIssuer issuer, CertificateViews views, StaffAudit audit)
{
    /// <summary>A new certificate (new number and code, today's profile name) for the same completion; the old one verifies as superseded.</summary>
    public async Task<Outcome<CertificateView>> HandleAsync(Guid certificateId, CancellationToken cancellationToken)
    {
        if (!staff.IsCoordinator)
        {
            return Outcome<CertificateView>.Forbidden("Only coordinators reissue certificates.");
        }

        var old = await db.Certificates.SingleOrDefaultAsync(c => c.Id == certificateId, cancellationToken);
        if (old is null)
        {
            return Outcome<CertificateView>.NotFound("The certificate");
        }

        if (old.RefusesChange("reissued") is { } refusal)
        {
            return Outcome<CertificateView>.Conflict(refusal);
        }

        var generation = await db.Certificates.Where(c => c.EnrollmentId == old.EnrollmentId).MaxAsync(c => c.Generation, cancellationToken) + 1;
        var completion = new CompletionFacts(old.EnrollmentId, old.OfferingId, old.UserId, old.AttendancePercent, old.CompletedOn.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc));
        var replacement = await issuer.StageAsync(completion, generation, cancellationToken, replacing: old.Id);
        if (replacement is null)
        {
            return Outcome<CertificateView>.Conflict("The offering no longer exists, so the certificate cannot be rendered again.");
        }

        old.SupersedeBy(replacement.Id, views.NowUtc);
        audit.Record(db, AuditActions.CertificateReissued, new AuditSubject("Certificate", old.Id, old.OfferingId, old.UserId),
            new AuditChanges().Add("Number", old.Number, replacement.Number));
        if (!await db.SaveUnlessDuplicateAsync(cancellationToken))
        {
            return Outcome<CertificateView>.Conflict("The certificate was reissued at the same moment by someone else.");
        }

        return Outcome<CertificateView>.Ok(views.View(replacement));
    }
}

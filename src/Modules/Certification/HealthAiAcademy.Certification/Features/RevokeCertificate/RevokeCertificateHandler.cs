using HealthAiAcademy.Certification.Contracts;
using HealthAiAcademy.Courses.Contracts;
using HealthAiAcademy.BuildingBlocks.Audit;
using HealthAiAcademy.BuildingBlocks.Web;
using HealthAiAcademy.Certification.Data;
using HealthAiAcademy.Certification.Domain;
using HealthAiAcademy.Certification.Features.Shared;
using Microsoft.EntityFrameworkCore;

namespace HealthAiAcademy.Certification.Features.RevokeCertificate;

/// <param name="Reason">Shown on the public verification page.</param>
internal sealed record RevokeRequest(string? Reason);

internal sealed class RevokeCertificateHandler(CertificationDbContext db, OfferingStaff staff, CertificateViews views, StaffAudit audit)
{
    public async Task<Outcome<CertificateView>> HandleAsync(Guid certificateId, RevokeRequest request, CancellationToken cancellationToken)
    {
        if (!staff.IsCoordinator)
        {
            return Outcome<CertificateView>.Forbidden("Only coordinators revoke certificates.");
        }

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

        if (certificate.RefusesChange("revoked") is { } refusal)
        {
            return Outcome<CertificateView>.Conflict(refusal);
        }

        var before = db.Entry(certificate).CurrentValues.Clone();
        certificate.Revoke(request.Reason!.Trim(), views.NowUtc);
        audit.Record(db, AuditActions.CertificateRevoked, new AuditSubject("Certificate", certificate.Id, certificate.OfferingId, certificate.UserId),
            AuditChanges.Between(before, db.Entry(certificate).CurrentValues), request.Reason.Trim());
        db.AddIntegrationEvent(new CertificateRevokedIntegrationEvent
        {
            CertificateId = certificate.Id, UserId = certificate.UserId, Reason = certificate.RevocationReason!, OccurredAtUtc = views.NowUtc,
        });
        await db.SaveChangesAsync(cancellationToken);
        return Outcome<CertificateView>.Ok(views.View(certificate));
    }
}

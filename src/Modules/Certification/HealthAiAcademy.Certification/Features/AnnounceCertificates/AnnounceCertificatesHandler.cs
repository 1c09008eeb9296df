using HealthAiAcademy.BuildingBlocks.Audit;
using HealthAiAcademy.BuildingBlocks.Authorization;
using HealthAiAcademy.BuildingBlocks.Data;
using HealthAiAcademy.BuildingBlocks.Users;
using HealthAiAcademy.BuildingBlocks.Web;
using HealthAiAcademy.Certification.Data;
using HealthAiAcademy.Certification.Domain;
using HealthAiAcademy.Certification.Features.IssueCertificate;
using Microsoft.EntityFrameworkCore;

namespace HealthAiAcademy.Certification.Features.AnnounceCertificates;

/// <summary>
/// The backfill for a module that subscribes after certificates were issued: every valid certificate's issued event goes
/// through the outbox again, in batches, each batch in its own transaction. Receivers handle it by certificate id, so
/// announcing twice changes nothing.
/// </summary>
internal sealed class AnnounceCertificatesHandler(CertificationDbContext db, ICurrentUser currentUser, StaffAudit audit, TimeProvider clock)
{
    private const int Batch = 500;

    public async Task<Outcome<int>> HandleAsync(CancellationToken cancellationToken)
    {
        if (!currentUser.IsInRole(Roles.Administrator))
        {
            return Outcome<int>.Forbidden("Only administrators announce certificates again.");
        }

        var announced = 0;
        while (true)
        {
            // A certificate issued meanwhile may be announced twice or skipped here; it announced itself when it was issued.
            var batch = await db.Certificates.AsNoTracking().Where(c => c.Status == CertificateStatus.Valid)
                .OrderBy(c => c.IssuedAtUtc).ThenBy(c => c.Id).Skip(announced).Take(Batch).ToListAsync(cancellationToken);
            if (batch.Count == 0)
            {
                break;
            }

            var now = clock.GetUtcNow().UtcDateTime;
            await db.InTransactionAsync(async token =>
            {
                batch.ForEach(certificate => db.AddIntegrationEvent(CertificateEvents.Issued(certificate, replacing: null, now)));
                await db.SaveChangesAsync(token);
            }, cancellationToken);
            announced += batch.Count;
        }

        await db.InTransactionAsync(async token =>
        {
            audit.Record(db, AuditActions.CertificatesAnnounced, new AuditSubject("Certificate", Guid.Empty), new AuditChanges().Add("Certificates", (int?)null, announced));
            await db.SaveChangesAsync(token);
        }, cancellationToken);
        return Outcome<int>.Ok(announced);
    }
}

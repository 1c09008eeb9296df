using HealthAiAcademy.BuildingBlocks.Data;
using HealthAiAcademy.BuildingBlocks.Time;
using HealthAiAcademy.Certification.Contracts;
using HealthAiAcademy.Certification.Data;
using HealthAiAcademy.Certification.Domain;
using Microsoft.EntityFrameworkCore;

namespace HealthAiAcademy.Certification.Features.AnnounceExpiredCertificates;

/// <summary>
/// Tells other modules (Compliance) that a certificate has expired, once, the day after its last valid day. The flag is set
/// by a conditional update in the same transaction as the outbox message, so two hosts sweeping at once announce it once.
/// </summary>
internal sealed class ExpiredCertificateSweep(CertificationDbContext db, TimeProvider clock)
{
    public const string JobId = "certification-expired-certificates";
    private const int Batch = 500;

    /// <returns>How many expiries this run announced.</returns>
    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var today = AcademyTime.DateOf(now);
        var announced = 0;
        while (true)
        {
            var expired = await db.Certificates.AsNoTracking()
                .Where(c => c.Status == CertificateStatus.Valid && c.ExpiresOn != null && c.ExpiresOn < today && c.ExpiryAnnouncedAtUtc == null)
                .OrderBy(c => c.ExpiresOn).Select(c => new { c.Id, c.UserId, ExpiresOn = c.ExpiresOn!.Value }).Take(Batch)
                .ToListAsync(cancellationToken);
            if (expired.Count == 0)
            {
                return announced;
            }

            announced += await db.InTransactionAsync(async token =>
            {
                var count = 0;
                foreach (var certificate in expired)
                {
                    var claimed = await db.Certificates.Where(c => c.Id == certificate.Id && c.ExpiryAnnouncedAtUtc == null)
                        .ExecuteUpdateAsync(set => set.SetProperty(c => c.ExpiryAnnouncedAtUtc, now), token);
                    if (claimed == 1)
                    {
                        db.AddIntegrationEvent(new CertificateExpiredIntegrationEvent
                        {
                            CertificateId = certificate.Id, UserId = certificate.UserId, ExpiredOn = certificate.ExpiresOn, OccurredAtUtc = now,
                        });
                        count++;
                    }
                }

                await db.SaveChangesAsync(token);
                return count;
            }, _ => true, cancellationToken);
        }
    }
}

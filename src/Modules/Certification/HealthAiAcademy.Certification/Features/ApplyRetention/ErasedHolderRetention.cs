using HealthAiAcademy.BuildingBlocks.Data;
using HealthAiAcademy.BuildingBlocks.Privacy;
using HealthAiAcademy.Certification.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;

namespace HealthAiAcademy.Certification.Features.ApplyRetention;

/// <summary>
/// Certificates of people erased at their request are kept through the retention period from issue (ADR 0018); then the
/// name and registration number go, the PDF is deleted and the code verifies as revoked.
/// </summary>
internal sealed class ErasedHolderRetention(CertificationDbContext db, IConfiguration configuration) : IRetentionRule
{
    public string Name => "Certificates of erased people";

    public Task<int> ApplyAsync(DateTime nowUtc, CancellationToken cancellationToken)
    {
        var issuedBefore = nowUtc.AddYears(-PrivacyOptions.From(configuration).CertificateRetentionYears);
        return db.InTransactionAsync(async token =>
        {
            var due = await db.Certificates
                .Where(c => c.HolderErasedAtUtc != null && c.AnonymisedAtUtc == null && c.IssuedAtUtc < issuedBefore).ToListAsync(token);
            foreach (var certificate in due)
            {
                certificate.Anonymise(nowUtc);
            }

            var ids = due.Select(c => c.Id).ToList();
            var anonymised = ids.ToHashSet();
            var offerings = due.Select(c => c.OfferingId).Distinct().ToList();
            foreach (var export in await db.RegistryExports.Where(e => offerings.Contains(e.OfferingId)).ToListAsync(token))
            {
                export.AnonymiseHoldersOf(anonymised);
            }

            await db.Documents.Where(d => ids.Contains(d.CertificateId)).ExecuteDeleteAsync(token);
            await db.SaveChangesAsync(token);
            return due.Count;
        }, _ => true, cancellationToken);
    }
}

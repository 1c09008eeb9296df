using HealthAiAcademy.Certification.Contracts;
using HealthAiAcademy.Certification.Data;
using HealthAiAcademy.Certification.Domain;
using Microsoft.EntityFrameworkCore;

namespace HealthAiAcademy.Certification.Features.Directory;

internal sealed class CertificateDirectory(CertificationDbContext db) : ICertificateDirectory
{
    public async Task<IReadOnlyDictionary<Guid, int>> ValidCountsAsync(IReadOnlyCollection<Guid> offeringIds, CancellationToken cancellationToken)
    {
        var ids = offeringIds.Distinct().ToList();
        var counts = await db.Certificates.AsNoTracking().Where(c => ids.Contains(c.OfferingId) && c.Status == CertificateStatus.Valid)
            .GroupBy(c => c.OfferingId).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
        return ids.ToDictionary(id => id, id => counts.GetValueOrDefault(id));
    }
}

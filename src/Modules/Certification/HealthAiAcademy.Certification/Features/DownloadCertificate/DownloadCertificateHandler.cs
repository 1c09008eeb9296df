using HealthAiAcademy.BuildingBlocks.Users;
using HealthAiAcademy.Certification.Data;
using HealthAiAcademy.Courses.Contracts;
using Microsoft.EntityFrameworkCore;

namespace HealthAiAcademy.Certification.Features.DownloadCertificate;

/// <summary>The stored PDF, for its holder, coordinators and administrators; null (404) for anyone else.</summary>
internal sealed class DownloadCertificateHandler(CertificationDbContext db, ICurrentUser currentUser, OfferingStaff staff)
{
    public async Task<(string Number, byte[] Pdf)?> HandleAsync(Guid certificateId, CancellationToken cancellationToken)
    {
        var certificate = await db.Certificates.AsNoTracking().Where(c => c.Id == certificateId).Select(c => new { c.UserId, c.Number }).SingleOrDefaultAsync(cancellationToken);
        if (certificate is null || (certificate.UserId != currentUser.UserId && !staff.IsCoordinator))
        {
            return null;
        }

        var pdf = await db.Documents.AsNoTracking().Where(d => d.CertificateId == certificateId).Select(d => d.Content).SingleAsync(cancellationToken);
        return (certificate.Number, pdf);
    }
}

using HealthAiAcademy.BuildingBlocks.Users;
using HealthAiAcademy.Certification.Data;
using HealthAiAcademy.Certification.Features.Shared;
using Microsoft.EntityFrameworkCore;

namespace HealthAiAcademy.Certification.Features.ListMyCertificates;

/// <summary>The signed-in participant's certificates, newest first.</summary>
internal sealed class ListMyCertificatesHandler(CertificationDbContext db, ICurrentUser currentUser, CertificateViews views)
{
    public async Task<IReadOnlyList<CertificateView>> HandleAsync(CancellationToken cancellationToken)
    {
        var userId = currentUser.UserId!.Value;
        var certificates = await db.Certificates.AsNoTracking().Where(c => c.UserId == userId).OrderByDescending(c => c.IssuedAtUtc).ToListAsync(cancellationToken);
        return [.. certificates.Select(views.View)];
    }
}

using HealthAiAcademy.BuildingBlocks.Users;
using HealthAiAcademy.Certification.Data;
using HealthAiAcademy.Certification.Domain;
using Microsoft.EntityFrameworkCore;

namespace HealthAiAcademy.Certification.Features.GetCpdSummary;

internal sealed record CpdLine(int Year, string Registry, double Points, int Certificates);

/// <summary>
/// The signed-in participant's CPD points per registry per year. Points count in the year the offering was completed;
/// revoked and superseded certificates count nothing (a reissue counts once).
/// </summary>
internal sealed class GetCpdSummaryHandler(CertificationDbContext db, ICurrentUser currentUser)
{
    public async Task<IReadOnlyList<CpdLine>> HandleAsync(CancellationToken cancellationToken)
    {
        var userId = currentUser.UserId!.Value;
        var certificates = await db.Certificates.AsNoTracking().Where(c => c.UserId == userId && c.Status == CertificateStatus.Valid).ToListAsync(cancellationToken);
        return [.. certificates
            .SelectMany(c => c.Points.Select(p => (c.CompletedOn.Year, p.Registry, p.Points)))
            .GroupBy(x => (x.Year, x.Registry))
            .Select(g => new CpdLine(g.Key.Year, g.Key.Registry, Math.Round(g.Sum(x => x.Points), 2), g.Count()))
            .OrderByDescending(l => l.Year).ThenBy(l => l.Registry, StringComparer.Ordinal)];
    }
}

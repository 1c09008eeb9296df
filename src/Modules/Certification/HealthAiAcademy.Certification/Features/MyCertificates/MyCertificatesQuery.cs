using HealthAiAcademy.BuildingBlocks.Time;
using HealthAiAcademy.BuildingBlocks.Users;
using HealthAiAcademy.Certification.Data;
using HealthAiAcademy.Certification.Domain;
using HealthAiAcademy.Certification.Features.Shared;
using HealthAiAcademy.Certification.Rendering;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace HealthAiAcademy.Certification.Features.MyCertificates;

internal sealed record CpdLine(int Year, string Registry, double Points, int Certificates);

/// <summary>The signed-in participant's certificates and their CPD summary (points per registry per year).</summary>
internal sealed class MyCertificatesQuery(CertificationDbContext db, ICurrentUser currentUser, IOptions<CertificateOptions> options, TimeProvider clock)
{
    public async Task<IReadOnlyList<CertificateView>> ListAsync(CancellationToken cancellationToken)
    {
        var userId = currentUser.UserId!.Value;
        var today = Today;
        var certificates = await db.Certificates.AsNoTracking().Where(c => c.UserId == userId).OrderByDescending(c => c.IssuedAtUtc).ToListAsync(cancellationToken);
        return [.. certificates.Select(c => CertificateView.From(c, today, options.Value))];
    }

    /// <summary>Points count in the year the offering was completed; revoked and superseded certificates count nothing (a reissue counts once).</summary>
    public async Task<IReadOnlyList<CpdLine>> CpdSummaryAsync(CancellationToken cancellationToken)
    {
        var userId = currentUser.UserId!.Value;
        var certificates = await db.Certificates.AsNoTracking().Where(c => c.UserId == userId && c.Status == CertificateStatus.Valid).ToListAsync(cancellationToken);
        return [.. certificates
            .SelectMany(c => c.Points.Select(p => (c.CompletedOn.Year, p.Registry, p.Points)))
            .GroupBy(x => (x.Year, x.Registry))
            .Select(g => new CpdLine(g.Key.Year, g.Key.Registry, Math.Round(g.Sum(x => x.Points), 2), g.Count()))
            .OrderByDescending(l => l.Year).ThenBy(l => l.Registry, StringComparer.Ordinal)];
    }

    private DateOnly Today => AcademyTime.DateOf(clock.GetUtcNow().UtcDateTime);
}

using HealthAiAcademy.Certification.Data;
using HealthAiAcademy.Certification.Domain;
using Microsoft.EntityFrameworkCore;

namespace HealthAiAcademy.Certification.Features.Shared;

/// <summary>
/// Who a registry is told attended an offering: the holders of its valid certificates who were awarded that registry's
/// points (only completers hold one, and only for their own profession's entries), with what each earned.
/// </summary>
internal sealed class RegistryPresence(CertificationDbContext db)
{
    public async Task<IReadOnlyList<RegistryExportLine>> EarnedAsync(Guid offeringId, string registry, CancellationToken cancellationToken) =>
        Earned(await ValidCertificatesAsync(offeringId, cancellationToken), registry);

    /// <summary>The people some earlier export of this offering already gave to this registry.</summary>
    public async Task<IReadOnlySet<Guid>> ReportedAsync(Guid offeringId, string registry, CancellationToken cancellationToken) =>
        Reported(await ExportsAsync(offeringId, cancellationToken), registry);

    public Task<List<Certificate>> ValidCertificatesAsync(Guid offeringId, CancellationToken cancellationToken) =>
        db.Certificates.AsNoTracking().Where(c => c.OfferingId == offeringId && c.Status == CertificateStatus.Valid).ToListAsync(cancellationToken);

    public Task<List<RegistryExport>> ExportsAsync(Guid offeringId, CancellationToken cancellationToken) =>
        db.RegistryExports.AsNoTracking().Where(e => e.OfferingId == offeringId).OrderByDescending(e => e.ExportedAtUtc).ToListAsync(cancellationToken);

    public static IReadOnlyList<RegistryExportLine> Earned(IEnumerable<Certificate> certificates, string registry) =>
    [
        .. certificates
            .SelectMany(c => c.Points.Where(p => SameRegistry(p.Registry, registry) && p.Points > 0).Select(p => new RegistryExportLine
            {
                CertificateId = c.Id, UserId = c.UserId, CertificateNumber = c.Number, RegistrationNumber = c.RegistrationNumber, FullName = c.HolderName,
                Profession = c.HolderProfession, AccreditationId = p.AccreditationId, Points = p.Points, StartDate = c.StartDate, EndDate = c.EndDate,
                CompletedOn = c.CompletedOn,
            }))
            .OrderBy(l => l.FullName, StringComparer.CurrentCulture),
    ];

    public static IReadOnlySet<Guid> Reported(IEnumerable<RegistryExport> exports, string registry) =>
        exports.Where(e => SameRegistry(e.Registry, registry)).SelectMany(e => e.Lines.Select(l => l.UserId)).ToHashSet();

    public static bool SameRegistry(string one, string other) => string.Equals(one.Trim(), other.Trim(), StringComparison.OrdinalIgnoreCase);
}

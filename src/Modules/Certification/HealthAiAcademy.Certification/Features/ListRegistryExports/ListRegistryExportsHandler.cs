using HealthAiAcademy.BuildingBlocks.Users;
using HealthAiAcademy.BuildingBlocks.Web;
using HealthAiAcademy.Certification.Features.Shared;
using HealthAiAcademy.Courses.Contracts;
using Microsoft.Extensions.Options;

namespace HealthAiAcademy.Certification.Features.ListRegistryExports;

/// <param name="Earned">People holding a valid certificate with this registry's points.</param>
/// <param name="New">Of those, the ones no export has given to the registry yet.</param>
/// <param name="WithoutRegistrationNumber">Of those, the ones whose certificate carries no registration number: the registry cannot match them.</param>
internal sealed record RegistryStanding(
    string Registry, IReadOnlyList<string> AccreditationIds, IReadOnlyList<string> Professions, string Format, int Earned, int New, int WithoutRegistrationNumber,
    IReadOnlyList<RegistryExportView> Exports);

internal sealed record RegistryExportsOverview(Guid OfferingId, string OfferingTitle, DateTime EndsAtUtc, IReadOnlyList<RegistryStanding> Registries);

/// <summary>Per registry the course is accredited by: who earned its points, who is still to be reported, and every export so far.</summary>
internal sealed class ListRegistryExportsHandler(
    OfferingStaff staff, ICourseCatalog catalog, RegistryPresence presence, IOptions<RegistryExportOptions> layouts, IUserDirectory users)
{
    public async Task<Outcome<RegistryExportsOverview>> HandleAsync(Guid offeringId, CancellationToken cancellationToken)
    {
        if (!staff.IsCoordinator)
        {
            return Outcome<RegistryExportsOverview>.Forbidden("Only coordinators report presence to registries.");
        }

        var offering = await catalog.GetCertificateBasisAsync(offeringId, cancellationToken);
        if (offering is null)
        {
            return Outcome<RegistryExportsOverview>.NotFound("The offering");
        }

        var exports = await presence.ExportsAsync(offeringId, cancellationToken);
        var certificates = await presence.ValidCertificatesAsync(offeringId, cancellationToken);
        var exporters = await users.FindManyAsync([.. exports.Select(e => e.ExportedBy).Distinct()], cancellationToken);
        var standings = new List<RegistryStanding>();
        foreach (var registry in offering.Accreditations.GroupBy(a => a.Registry.Trim(), StringComparer.OrdinalIgnoreCase))
        {
            var earned = RegistryPresence.Earned(certificates, registry.Key);
            var reported = RegistryPresence.Reported(exports, registry.Key);
            standings.Add(new RegistryStanding(
                registry.Key, [.. registry.Select(a => a.AccreditationId).Distinct()], [.. registry.Select(a => a.Profession).Distinct()],
                layouts.Value.For(registry.Key).Format.ToString(), earned.Count, earned.Count(l => !reported.Contains(l.UserId)),
                earned.Count(l => string.IsNullOrWhiteSpace(l.RegistrationNumber)),
                [.. exports.Where(e => RegistryPresence.SameRegistry(e.Registry, registry.Key))
                    .Select(e => RegistryExportView.From(e, exporters.GetValueOrDefault(e.ExportedBy)?.FullName ?? ""))]));
        }

        return Outcome<RegistryExportsOverview>.Ok(new RegistryExportsOverview(offeringId, offering.Title, offering.EndsAtUtc, standings));
    }
}

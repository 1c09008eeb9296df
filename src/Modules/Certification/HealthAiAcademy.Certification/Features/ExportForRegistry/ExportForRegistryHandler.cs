using HealthAiAcademy.BuildingBlocks.Audit;
using HealthAiAcademy.BuildingBlocks.Users;
using HealthAiAcademy.BuildingBlocks.Web;
using HealthAiAcademy.Certification.Data;
using HealthAiAcademy.Certification.Domain;
using HealthAiAcademy.Certification.Features.Shared;
using HealthAiAcademy.Courses.Contracts;
using Microsoft.Extensions.Options;

namespace HealthAiAcademy.Certification.Features.ExportForRegistry;

/// <param name="Registry">As the course's accreditation names it, e.g. "GAIA/KNMG".</param>
/// <param name="OnlyNew">Only people no earlier export gave to this registry (the default); false lists everyone again.</param>
internal sealed record ExportForRegistryRequest(string? Registry, bool? OnlyNew);

/// <summary>
/// Makes and records a presence list for one registry: the people who earned its points in the offering, in the layout
/// the registry uploads; the record (who, when, whom) is what tells the next export who is new.
/// </summary>
internal sealed class ExportForRegistryHandler(
    CertificationDbContext db, OfferingStaff staff, ICurrentUser currentUser, ICourseCatalog catalog, RegistryPresence presence,
    IOptions<RegistryExportOptions> layouts, IUserDirectory users, StaffAudit audit, TimeProvider clock)
{
    public async Task<Outcome<RegistryExportView>> HandleAsync(Guid offeringId, ExportForRegistryRequest request, CancellationToken cancellationToken)
    {
        if (!staff.IsCoordinator || currentUser.UserId is not { } coordinatorId)
        {
            return Outcome<RegistryExportView>.Forbidden("Only coordinators report presence to registries.");
        }

        var errors = new ValidationErrors()
            .AddIf(string.IsNullOrWhiteSpace(request.Registry), "registry", "Name the registry to export for.")
            .AddIf(request.Registry?.Length > 60, "registry", "At most 60 characters.");
        if (!errors.IsValid)
        {
            return Outcome<RegistryExportView>.Invalid(errors);
        }

        var offering = await catalog.GetCertificateBasisAsync(offeringId, cancellationToken);
        if (offering is null)
        {
            return Outcome<RegistryExportView>.NotFound("The offering");
        }

        var accreditation = offering.Accreditations.FirstOrDefault(a => RegistryPresence.SameRegistry(a.Registry, request.Registry!));
        if (accreditation is null)
        {
            return Outcome<RegistryExportView>.Conflict(
                $"The course is not accredited by {request.Registry!.Trim()}, so there is nothing to report to it.");
        }

        var onlyNew = request.OnlyNew ?? true;
        var lines = await presence.EarnedAsync(offeringId, accreditation.Registry, cancellationToken);
        if (onlyNew)
        {
            var reported = await presence.ReportedAsync(offeringId, accreditation.Registry, cancellationToken);
            lines = [.. lines.Where(l => !reported.Contains(l.UserId))];
        }

        if (lines.Count == 0 && onlyNew)
        {
            return Outcome<RegistryExportView>.Conflict("Everyone who earned these points has been reported already; export everyone to send the full list again.");
        }

        if (lines.Count == 0)
        {
            return Outcome<RegistryExportView>.Conflict("Nobody has earned these points in this offering yet.");
        }

        var export = new RegistryExport(Guid.NewGuid(), offeringId, accreditation.Registry, layouts.Value.For(accreditation.Registry), onlyNew, coordinatorId,
            clock.GetUtcNow().UtcDateTime, lines);
        db.RegistryExports.Add(export);
        audit.Record(db, AuditActions.RegistryExported, new AuditSubject("Offering", offeringId, offeringId),
            new AuditChanges().Add("Registry", null, export.Registry).Add("People", (int?)null, export.Lines.Count));
        await db.SaveChangesAsync(cancellationToken);
        var exporter = await users.FindAsync(coordinatorId, cancellationToken);
        return Outcome<RegistryExportView>.Ok(RegistryExportView.From(export, exporter?.FullName ?? ""));
    }
}

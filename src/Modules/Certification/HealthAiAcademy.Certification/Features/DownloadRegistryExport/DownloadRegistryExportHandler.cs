using HealthAiAcademy.BuildingBlocks.Web;
using HealthAiAcademy.Certification.Data;
using HealthAiAcademy.Certification.Features.Shared;
using HealthAiAcademy.Courses.Contracts;
using Microsoft.EntityFrameworkCore;

namespace HealthAiAcademy.Certification.Features.DownloadRegistryExport;

internal sealed record RegistryExportDownload(byte[] Content, string ContentType, string FileName);

/// <summary>The file of a recorded export, written again from the lines and layout it was made with.</summary>
internal sealed class DownloadRegistryExportHandler(CertificationDbContext db, OfferingStaff staff)
{
    public async Task<Outcome<RegistryExportDownload>> HandleAsync(Guid exportId, CancellationToken cancellationToken)
    {
        if (!staff.IsCoordinator)
        {
            return Outcome<RegistryExportDownload>.Forbidden("Only coordinators report presence to registries.");
        }

        var export = await db.RegistryExports.AsNoTracking().SingleOrDefaultAsync(e => e.Id == exportId, cancellationToken);
        if (export is null)
        {
            return Outcome<RegistryExportDownload>.NotFound("The export");
        }

        var (content, contentType, fileName) = RegistryExportFile.Write(export);
        return Outcome<RegistryExportDownload>.Ok(new RegistryExportDownload(content, contentType, fileName));
    }
}

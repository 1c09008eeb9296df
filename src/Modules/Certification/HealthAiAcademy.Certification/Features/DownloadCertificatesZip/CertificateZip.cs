using System.IO.Compression;
using HealthAiAcademy.Certification.Data;
using HealthAiAcademy.Certification.Domain;
using HealthAiAcademy.BuildingBlocks.Web;
using Microsoft.EntityFrameworkCore;

namespace HealthAiAcademy.Certification.Features.DownloadCertificatesZip;

/// <summary>
/// All valid certificates of an offering as one ZIP, one PDF in memory at a time. The archive is built in a temporary file
/// (ZipArchive writes synchronously, which Kestrel refuses on the response) and then copied out asynchronously.
/// </summary>
internal sealed class CertificateZip(CertificationDbContext db)
{
    public async Task WriteAsync(Guid offeringId, Stream output, CancellationToken cancellationToken)
    {
        var certificates = await db.Certificates.AsNoTracking()
            .Where(c => c.OfferingId == offeringId && c.Status == CertificateStatus.Valid)
            .OrderBy(c => c.HolderName)
            .Select(c => new { c.Id, c.Number, c.HolderName })
            .ToListAsync(cancellationToken);
        await using var buffer = new FileStream(Path.GetTempFileName(), FileMode.Create, FileAccess.ReadWrite, FileShare.None, 81920, FileOptions.DeleteOnClose | FileOptions.Asynchronous);
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var certificate in certificates)
            {
                var pdf = await db.Documents.AsNoTracking().Where(d => d.CertificateId == certificate.Id).Select(d => d.Content).SingleAsync(cancellationToken);
                var entry = zip.CreateEntry(ZipEntryNames.File($"{certificate.Number} {certificate.HolderName}.pdf"), CompressionLevel.Fastest);
                await using var stream = entry.Open();
                await stream.WriteAsync(pdf, cancellationToken);
            }
        }

        buffer.Position = 0;
        await buffer.CopyToAsync(output, cancellationToken);
    }
}

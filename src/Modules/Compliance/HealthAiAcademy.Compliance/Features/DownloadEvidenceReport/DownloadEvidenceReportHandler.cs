using HealthAiAcademy.BuildingBlocks.Users;
using HealthAiAcademy.BuildingBlocks.Web;
using HealthAiAcademy.Compliance.Data;
using HealthAiAcademy.Compliance.Features.IssueEvidenceReport;
using HealthAiAcademy.Compliance.Features.Shared;
using Microsoft.EntityFrameworkCore;

namespace HealthAiAcademy.Compliance.Features.DownloadEvidenceReport;

internal enum EvidenceReportFormat
{
    Pdf,
    Csv,
}

internal sealed record EvidenceReportFile(byte[] Content, string ContentType, string FileName, string Sha256);

/// <summary>An issued report's file, byte for byte as it was issued.</summary>
internal sealed class DownloadEvidenceReportHandler(ComplianceDbContext db, ICurrentUser currentUser)
{
    public async Task<Outcome<EvidenceReportFile>> HandleAsync(Guid reportId, EvidenceReportFormat format, CancellationToken cancellationToken)
    {
        if (!currentUser.MayRead())
        {
            return Outcome<EvidenceReportFile>.Forbidden(IssueEvidenceReportHandler.Refusal);
        }

        var report = await db.EvidenceReports.AsNoTracking().SingleOrDefaultAsync(r => r.Id == reportId, cancellationToken);
        if (report is null)
        {
            return Outcome<EvidenceReportFile>.NotFound("The report");
        }

        var name = ZipEntryNames.File($"ai-literacy-{report.Scope.Replace(" / ", "-", StringComparison.Ordinal)}-{report.AsOf:yyyy-MM-dd}");
        var content = format == EvidenceReportFormat.Pdf
            ? await db.EvidenceReportFiles.Where(f => f.ReportId == reportId).Select(f => f.Pdf).SingleAsync(cancellationToken)
            : await db.EvidenceReportFiles.Where(f => f.ReportId == reportId).Select(f => f.Csv).SingleAsync(cancellationToken);
        return Outcome<EvidenceReportFile>.Ok(format == EvidenceReportFormat.Pdf
            ? new EvidenceReportFile(content, "application/pdf", name + ".pdf", report.PdfSha256)
            : new EvidenceReportFile(content, CsvDownloads.ContentType, name + ".csv", report.ContentSha256));
    }
}

using HealthAiAcademy.BuildingBlocks.Users;
using HealthAiAcademy.BuildingBlocks.Web;
using HealthAiAcademy.Compliance.Data;
using HealthAiAcademy.Compliance.Features.IssueEvidenceReport;
using HealthAiAcademy.Compliance.Features.Shared;
using Microsoft.EntityFrameworkCore;

namespace HealthAiAcademy.Compliance.Features.ListEvidenceReports;

internal sealed record EvidenceReportView(
    Guid Id, Guid? UnitId, string Scope, DateOnly AsOf, string Language, string ContentSha256, string PdfSha256, string IssuedBy, DateTime IssuedAtUtc,
    string PdfUrl, string CsvUrl);

/// <summary>The register of issued evidence reports, newest first; with a SHA-256, the reports whose CSV or PDF has it (an auditor's check).</summary>
internal sealed class ListEvidenceReportsHandler(ComplianceDbContext db, IUserDirectory users, ICurrentUser currentUser)
{
    public const int Shown = 100;

    public async Task<Outcome<IReadOnlyList<EvidenceReportView>>> HandleAsync(string? sha256, CancellationToken cancellationToken)
    {
        if (!currentUser.MayRead())
        {
            return Outcome<IReadOnlyList<EvidenceReportView>>.Forbidden(IssueEvidenceReportHandler.Refusal);
        }

        var hash = sha256?.Trim().ToLowerInvariant();
        if (hash is not null && (hash.Length != 64 || !hash.All(Uri.IsHexDigit)))
        {
            return Outcome<IReadOnlyList<EvidenceReportView>>.Invalid(new ValidationErrors().Add("sha256", "A SHA-256 is 64 hexadecimal characters."));
        }

        var reports = await db.EvidenceReports.AsNoTracking()
            .Where(r => hash == null || r.ContentSha256 == hash || r.PdfSha256 == hash)
            .OrderByDescending(r => r.IssuedAtUtc).Take(Shown).ToListAsync(cancellationToken);
        var issuers = await users.FindManyAsync([.. reports.Select(r => r.IssuedBy).Distinct()], cancellationToken);
        return Outcome<IReadOnlyList<EvidenceReportView>>.Ok([.. reports.Select(r => new EvidenceReportView(
            r.Id, r.UnitId, r.Scope, r.AsOf, r.Language, r.ContentSha256, r.PdfSha256, issuers.GetValueOrDefault(r.IssuedBy)?.FullName ?? "–", r.IssuedAtUtc,
            EvidenceReportLinks.Pdf(r.Id), EvidenceReportLinks.Csv(r.Id)))]);
    }
}

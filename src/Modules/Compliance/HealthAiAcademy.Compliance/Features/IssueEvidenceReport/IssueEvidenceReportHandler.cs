using System.Globalization;
using System.Security.Cryptography;
using HealthAiAcademy.BuildingBlocks.Audit;
using HealthAiAcademy.BuildingBlocks.Data;
using HealthAiAcademy.BuildingBlocks.Time;
using HealthAiAcademy.BuildingBlocks.Users;
using HealthAiAcademy.BuildingBlocks.Web;
using HealthAiAcademy.Compliance.Data;
using HealthAiAcademy.Compliance.Domain;
using HealthAiAcademy.Compliance.Features.Shared;
using HealthAiAcademy.Compliance.Resources;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace HealthAiAcademy.Compliance.Features.IssueEvidenceReport;

/// <param name="UnitId">A division, department or unit (with the units below it); none: the whole hospital.</param>
/// <param name="AsOf">The day it reports on (Amsterdam date); none: today.</param>
internal sealed record IssueEvidenceReportRequest(Guid? UnitId, DateOnly? AsOf);

/// <param name="ContentSha256">The SHA-256 of the CSV, which the PDF states on every page.</param>
internal sealed record IssuedEvidenceReport(Guid Id, string Scope, DateOnly AsOf, string ContentSha256, string PdfSha256, string PdfUrl, string CsvUrl);

/// <summary>
/// Issues an AI-literacy evidence report: builds it as things stood on the day, writes the CSV and the PDF that states the
/// CSV's SHA-256, and keeps both files and their hashes in the register, with an audit entry.
/// </summary>
internal sealed class IssueEvidenceReportHandler(
    ComplianceDbContext db, EvidenceReportBuilder builder, EvidenceReportRenderer renderer, IUserDirectory users, ICurrentUser currentUser, StaffAudit audit,
    IStringLocalizer<ComplianceText> text, TimeProvider clock)
{
    public const string Refusal = "Only coordinators and administrators issue evidence reports.";

    public async Task<Outcome<IssuedEvidenceReport>> HandleAsync(IssueEvidenceReportRequest request, CancellationToken cancellationToken)
    {
        if (!currentUser.MayRead() || currentUser.UserId is not { } issuerId)
        {
            return Outcome<IssuedEvidenceReport>.Forbidden(Refusal);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var today = AcademyTime.DateOf(now);
        var asOf = request.AsOf ?? today;
        var unit = request.UnitId is { } unitId ? await db.Units.AsNoTracking().SingleOrDefaultAsync(u => u.Id == unitId, cancellationToken) : null;
        var errors = new ValidationErrors()
            .AddIf(asOf > today || asOf < today.AddYears(-10), "asOf", "A day from ten years ago up to today.")
            .AddIf(request.UnitId is not null && unit is null, "unitId", "A division, department or unit of the organisation, or none for the whole hospital.");
        if (!errors.IsValid)
        {
            return Outcome<IssuedEvidenceReport>.Invalid(errors);
        }

        var scope = unit?.Path ?? text["The whole hospital"];
        var content = await builder.BuildAsync(unit?.Id, scope, asOf, asOf == today ? now : AcademyTime.EndOfDayUtc(asOf), cancellationToken);
        var csv = CsvDownloads.Encode(content.Rows);
        var contentSha256 = Convert.ToHexStringLower(SHA256.HashData(csv));
        var issuer = (await users.FindAsync(issuerId, cancellationToken))?.FullName ?? "–";
        var pdf = renderer.Render(content, contentSha256, issuer, now);
        var report = new EvidenceReport(unit?.Id, scope, asOf, CultureInfo.CurrentUICulture.TwoLetterISOLanguageName, contentSha256,
            Convert.ToHexStringLower(SHA256.HashData(pdf)), issuerId, now);
        await db.InTransactionAsync(async token =>
        {
            db.EvidenceReports.Add(report);
            db.EvidenceReportFiles.Add(new EvidenceReportFiles(report.Id, pdf, csv));
            audit.Record(db, AuditActions.EvidenceReportIssued, new AuditSubject("EvidenceReport", report.Id),
                new AuditChanges().Add("Scope", (string?)null, scope).Add("AsOf", (string?)null, asOf.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture))
                    .Add("ContentSha256", (string?)null, contentSha256));
            await db.SaveChangesAsync(token);
        }, cancellationToken);
        return Outcome<IssuedEvidenceReport>.Ok(new IssuedEvidenceReport(report.Id, scope, asOf, contentSha256, report.PdfSha256,
            EvidenceReportLinks.Pdf(report.Id), EvidenceReportLinks.Csv(report.Id)));
    }
}

internal static class EvidenceReportLinks
{
    public static string Pdf(Guid reportId) => $"/api/compliance/evidence-reports/{reportId}/pdf";

    public static string Csv(Guid reportId) => $"/api/compliance/evidence-reports/{reportId}/csv";
}

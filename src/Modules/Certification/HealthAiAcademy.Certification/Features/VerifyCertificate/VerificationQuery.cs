using HealthAiAcademy.BuildingBlocks.Time;
using HealthAiAcademy.Certification.Data;
using HealthAiAcademy.Certification.Features.Shared;
using Microsoft.EntityFrameworkCore;

namespace HealthAiAcademy.Certification.Features.VerifyCertificate;

/// <summary>
/// Everything printed on the certificate, so a registry or employer can compare it with the PDF in front of them; the
/// registration number masked but for its last three characters (enough to compare, not to harvest).
/// </summary>
internal sealed record Verification(
    string Status, string Number, string HolderName, string? RegistrationNumber, string OfferingTitle, string CourseCode, string OfferingKind,
    string Delivery, string? Location, DateOnly StartDate, DateOnly EndDate, DateOnly CompletedOn, int StudyLoadHours, double? Ects,
    IReadOnlyList<PointsView> Points, IReadOnlyList<string> LearningOutcomes, double? FinalScorePercent, string Institution, string Signatory,
    DateTime IssuedAtUtc, DateOnly? ExpiresOn, DateTime? RevokedAtUtc, string? RevocationReason, string? SupersededByNumber, string PdfSha256);

/// <summary>Public, anonymous: a known code shows the certificate and its status; an unknown one reveals nothing.</summary>
internal sealed class VerificationQuery(CertificationDbContext db, TimeProvider clock)
{
    public const int MaxCodeLength = 40;

    public async Task<Verification?> FindAsync(string code, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(code) || code.Length > MaxCodeLength)
        {
            return null;
        }

        var normalised = CertificateCodes.Normalise(code);
        var c = await db.Certificates.AsNoTracking().SingleOrDefaultAsync(x => x.VerificationCode == normalised, cancellationToken);
        if (c is null)
        {
            return null;
        }

        var supersededBy = c.SupersededById is { } replacement
            ? await db.Certificates.Where(x => x.Id == replacement).Select(x => x.Number).SingleOrDefaultAsync(cancellationToken)
            : null;
        var today = AcademyTime.DateOf(clock.GetUtcNow().UtcDateTime);
        return new Verification(
            CertificateView.StatusOf(c, today), c.Number, c.HolderName, Mask(c.RegistrationNumber), c.OfferingTitle, c.CourseCode, c.OfferingKind, c.Delivery,
            c.Location, c.StartDate, c.EndDate, c.CompletedOn, c.StudyLoadHours, c.Ects,
            [.. c.Points.Select(p => new PointsView(p.Registry, p.AccreditationId, p.Points, p.Profession, p.MaximumPoints))], c.LearningOutcomes, c.FinalScorePercent,
            c.Institution, c.Signatory, c.IssuedAtUtc, c.ExpiresOn, c.RevokedAtUtc, c.RevocationReason, supersededBy, c.PdfSha256);
    }

    /// <summary>"12345678901" → "••••••••901": anyone holding the certificate can compare the end; nobody learns the number.</summary>
    public static string? Mask(string? registrationNumber) =>
        registrationNumber is not { Length: > 0 } number
            ? null
            : number.Length <= 3 ? new string('•', number.Length) : new string('•', number.Length - 3) + number[^3..];
}

using HealthAiAcademy.Certification.Domain;
using HealthAiAcademy.Certification.Rendering;

namespace HealthAiAcademy.Certification.Features.Shared;

/// <summary>A certificate as its holder and staff see it.</summary>
internal sealed record CertificateView(
    Guid Id, string Number, Guid OfferingId, string OfferingTitle, string HolderName, string Status, DateOnly CompletedOn, DateTime IssuedAtUtc,
    DateOnly? ExpiresOn, IReadOnlyList<PointsView> Points, string VerificationUrl, string VerificationPath, string PdfSha256, int PdfBytes, Guid? SupersededById)
{
    /// <param name="options">Where the printed link points (<see cref="VerificationUrl"/>); <see cref="VerificationPath"/> is the same page on this site.</param>
    public static CertificateView From(Certificate c, DateOnly today, CertificateOptions options) => new(
        c.Id, c.Number, c.OfferingId, c.OfferingTitle, c.HolderName, StatusOf(c, today), c.CompletedOn, c.IssuedAtUtc, c.ExpiresOn,
        [.. c.Points.Select(p => new PointsView(p.Registry, p.AccreditationId, p.Points, p.Profession, p.MaximumPoints))],
        options.VerificationUrl(c.VerificationCode), CertificateOptions.VerificationPath(c.VerificationCode), c.PdfSha256, c.PdfBytes, c.SupersededById);

    /// <summary>Revoked and superseded win over expired; expiry is worked out from today's date, never stored.</summary>
    public static string StatusOf(Certificate c, DateOnly today) => c.Status switch
    {
        CertificateStatus.Revoked => "Revoked",
        CertificateStatus.Superseded => "Superseded",
        _ => c.IsExpired(today) ? "Expired" : "Valid",
    };
}

/// <param name="MaximumPoints">What attending it all awards; more than <paramref name="Points"/> after partial attendance.</param>
internal sealed record PointsView(string Registry, string AccreditationId, double Points, string Profession, double MaximumPoints)
{
    public bool Partial => MaximumPoints > Points;
}

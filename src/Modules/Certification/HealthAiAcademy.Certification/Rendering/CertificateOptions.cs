namespace HealthAiAcademy.Certification.Rendering;

/// <summary>What every certificate states about its issuer, ("Certification" section).</summary>
internal sealed class CertificateOptions
{
    public const string SectionName = "Certification";

    public string Institution { get; set; } = "Health AI Academy";

    public string Signatory { get; set; } = "Programme director";

    public string SignatoryTitle { get; set; } = "Health AI Academy";

    /// <summary>The public address printed in the QR code and the verification link.</summary>
    public string PublicBaseUrl { get; set; } = "http://localhost:5000";

    /// <summary>A bulk-issue run silent this long has lost its job and is queued again (see StalledBulkIssueSweep).</summary>
    public TimeSpan BulkRunStallAfter { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>The verification page on this site: what the QR code and the printed link point to, under <see cref="PublicBaseUrl"/>.</summary>
    public static string VerificationPath(string code) => $"/verify/{code}";

    public string VerificationUrl(string code) => PublicBaseUrl.TrimEnd('/') + VerificationPath(code);
}

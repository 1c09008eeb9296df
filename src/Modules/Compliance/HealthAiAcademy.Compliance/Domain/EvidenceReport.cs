namespace HealthAiAcademy.Compliance.Domain;

/// <summary>
/// The register of AI-literacy evidence reports handed out: for which part of the hospital, at which date, by whom, and
/// the SHA-256 of its content (the CSV, which the PDF states) and of the PDF itself, so that an auditor who is shown a
/// copy can have it checked against what was issued.
/// </summary>
internal sealed class EvidenceReport
{
    private EvidenceReport()
    {
    }

    public EvidenceReport(Guid? unitId, string scope, DateOnly asOf, string language, string contentSha256, string pdfSha256, Guid issuedBy, DateTime nowUtc)
    {
        Id = Guid.NewGuid();
        UnitId = unitId;
        Scope = scope;
        AsOf = asOf;
        Language = language;
        ContentSha256 = contentSha256;
        PdfSha256 = pdfSha256;
        IssuedBy = issuedBy;
        IssuedAtUtc = nowUtc;
    }

    public Guid Id { get; private set; }

    /// <summary>The division, department or unit it covers (with the units below); null: the whole hospital.</summary>
    public Guid? UnitId { get; private set; }

    /// <summary>The scope's name as it stood when issued (a unit may be renamed later).</summary>
    public string Scope { get; private set; } = string.Empty;

    public DateOnly AsOf { get; private set; }

    public string Language { get; private set; } = string.Empty;

    public string ContentSha256 { get; private set; } = string.Empty;

    public string PdfSha256 { get; private set; } = string.Empty;

    public Guid IssuedBy { get; private set; }

    public DateTime IssuedAtUtc { get; private set; }
}

/// <summary>The issued files, byte for byte, so a second download is the same document; kept apart so the register's list does not load them.</summary>
internal sealed class EvidenceReportFiles
{
    private EvidenceReportFiles()
    {
    }

    public EvidenceReportFiles(Guid reportId, byte[] pdf, byte[] csv)
    {
        ReportId = reportId;
        Pdf = pdf;
        Csv = csv;
    }

    public Guid ReportId { get; private set; }

    public byte[] Pdf { get; private set; } = [];

    public byte[] Csv { get; private set; } = [];
}

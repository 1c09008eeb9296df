namespace HealthAiAcademy.Certification.Domain;

/// <summary>
/// The proof that someone completed an offering, with everything printed on it kept as issued, so the public verification shows
/// exactly what the PDF should say. Revocation and reissue mark it; nothing is deleted.
/// </summary>
internal sealed class Certificate
{
    private Certificate()
    {
    }

    public Certificate(Guid id, string number, string verificationCode, Guid enrollmentId, int generation, Guid offeringId, Guid courseId, Guid userId, DateTime issuedAtUtc)
    {
        Id = id;
        Number = number;
        VerificationCode = verificationCode;
        EnrollmentId = enrollmentId;
        Generation = generation;
        OfferingId = offeringId;
        CourseId = courseId;
        UserId = userId;
        IssuedAtUtc = issuedAtUtc;
    }

    public Guid Id { get; private set; }

    /// <summary>Human-readable, printed and quoted on the phone: HAIA-2026-7KD3QX9M.</summary>
    public string Number { get; private set; } = "";

    /// <summary>120 random bits, base32: the only key to the public verification.</summary>
    public string VerificationCode { get; private set; } = "";

    public Guid EnrollmentId { get; private set; }

    /// <summary>1 for the first certificate of an enrollment, +1 for every reissue; (enrollment, generation) is unique.</summary>
    public int Generation { get; private set; }

    public Guid OfferingId { get; private set; }

    public Guid CourseId { get; private set; }

    public Guid UserId { get; private set; }

    public CertificateTemplate Template { get; set; }

    public string HolderName { get; set; } = "";

    public string? RegistrationNumber { get; set; }

    public string OfferingTitle { get; set; } = "";

    public string CourseCode { get; set; } = "";

    public string OfferingKind { get; set; } = "";

    public string Delivery { get; set; } = "";

    public string? Location { get; set; }

    public DateOnly StartDate { get; set; }

    public DateOnly EndDate { get; set; }

    public DateOnly CompletedOn { get; set; }

    public int StudyLoadHours { get; set; }

    public double? Ects { get; set; }

    public int AttendancePercent { get; set; }

    public List<AwardedPoints> Points { get; set; } = [];

    public List<string> LearningOutcomes { get; set; } = [];

    public List<TranscriptLine> Transcript { get; set; } = [];

    public double? FinalScorePercent { get; set; }

    public string Institution { get; set; } = "";

    public string Signatory { get; set; } = "";

    public string SignatoryTitle { get; set; } = "";

    public DateTime IssuedAtUtc { get; private set; }

    public DateOnly? ExpiresOn { get; set; }

    public CertificateStatus Status { get; private set; }

    public DateTime? RevokedAtUtc { get; private set; }

    public string? RevocationReason { get; private set; }

    public Guid? SupersededById { get; private set; }

    public DateTime? SupersededAtUtc { get; private set; }

    public string PdfSha256 { get; set; } = "";

    public int PdfBytes { get; set; }

    public bool IsExpired(DateOnly today) => ExpiresOn is { } expires && today > expires;

    public void Revoke(string reason, DateTime nowUtc)
    {
        Status = CertificateStatus.Revoked;
        RevokedAtUtc = nowUtc;
        RevocationReason = reason;
    }

    public void SupersedeBy(Guid replacementId, DateTime nowUtc)
    {
        Status = CertificateStatus.Superseded;
        SupersededById = replacementId;
        SupersededAtUtc = nowUtc;
    }
}

/// <summary>Accreditation points awarded for this certificate in one registry.</summary>
internal sealed class AwardedPoints
{
    public string Registry { get; set; } = "";

    public string AccreditationId { get; set; } = "";

    public double Points { get; set; }

    public string Profession { get; set; } = "";
}

internal sealed class TranscriptLine
{
    public string Title { get; set; } = "";

    public double Weight { get; set; }

    public double ScorePercent { get; set; }

    public bool Passed { get; set; }
}

using HealthAiAcademy.BuildingBlocks.Domain;

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

    public const string AnonymousHolder = "(removed)";

    private string holderName = "";
    private string? registrationNumber;

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

    public CertificateTemplate Template { get; init; }

    public string HolderName { get => holderName; init => holderName = value; }

    public string? RegistrationNumber { get => registrationNumber; init => registrationNumber = value; }

    public string OfferingTitle { get; init; } = "";

    public string CourseCode { get; init; } = "";

    /// <summary>"nl" or "en": the language the certificate is printed in (the course's), and its labels with it.</summary>
    public string Language { get; init; } = "en";

    public string OfferingKind { get; init; } = "";

    public string Delivery { get; init; } = "";

    public string? Location { get; init; }

    public DateOnly StartDate { get; init; }

    public DateOnly EndDate { get; init; }

    public DateOnly CompletedOn { get; init; }

    public int StudyLoadHours { get; init; }

    public double? Ects { get; init; }

    public int AttendancePercent { get; init; }

    /// <summary>The accreditation points awarded to the holder: only the entries for the holder's profession at completion.</summary>
    public List<AwardedPoints> Points { get; init; } = [];

    /// <summary>The holder's profession at completion, as the profile said it.</summary>
    public string? HolderProfession { get; init; }

    /// <summary>The professions the course is accredited for: printed when none of them is the holder's.</summary>
    public List<string> AccreditedFor { get; init; } = [];

    public List<string> LearningOutcomes { get; init; } = [];

    public List<TranscriptLine> Transcript { get; init; } = [];

    public double? FinalScorePercent { get; init; }

    public string Institution { get; init; } = "";

    public string Signatory { get; init; } = "";

    public string SignatoryTitle { get; init; } = "";

    public DateTime IssuedAtUtc { get; private set; }

    public DateOnly? ExpiresOn { get; init; }

    public CertificateStatus Status { get; private set; }

    public DateTime? RevokedAtUtc { get; private set; }

    public string? RevocationReason { get; private set; }

    public Guid? SupersededById { get; private set; }

    public DateTime? SupersededAtUtc { get; private set; }

    public string PdfSha256 { get; private set; } = "";

    public int PdfBytes { get; private set; }

    /// <summary>When the holder was erased at their request: the certificate is kept until the retention period ends (ADR 0018).</summary>
    public DateTime? HolderErasedAtUtc { get; private set; }

    /// <summary>When the certificate's expiry was announced to other modules (the day after its last valid day); once.</summary>
    public DateTime? ExpiryAnnouncedAtUtc { get; private set; }

    /// <summary>When the retention period ended and the holder's name and number were removed.</summary>
    public DateTime? AnonymisedAtUtc { get; private set; }

    /// <summary>The rendered PDF this certificate is downloaded as: its hash (printed nowhere, shown on verification) and size.</summary>
    public void AttachPdf(byte[] pdf)
    {
        PdfSha256 = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(pdf));
        PdfBytes = pdf.Length;
    }

    public void MarkHolderErased(DateTime nowUtc) => HolderErasedAtUtc ??= nowUtc;

    /// <summary>
    /// The end of the retention period of an erased holder's certificate: the name and registration number go, and it
    /// no longer verifies (revoked, with the reason shown to anyone who checks the code).
    /// </summary>
    public void Anonymise(DateTime nowUtc)
    {
        holderName = AnonymousHolder;
        registrationNumber = null;
        AnonymisedAtUtc = nowUtc;
        if (Status == CertificateStatus.Valid)
        {
            Status = CertificateStatus.Revoked;
            RevokedAtUtc = nowUtc;
            RevocationReason = "Removed at the holder's request once the retention period had ended.";
        }
    }

    public bool IsExpired(DateOnly today) => ExpiresOn is { } expires && today > expires;

    /// <summary>Null when this certificate may be revoked or reissued (it is valid), else why not.</summary>
    public string? RefusesChange(string change) =>
        Status == CertificateStatus.Valid ? null : $"Only a valid certificate can be {change}; this one is {Status.ToString().ToLowerInvariant()}.";

    /// <summary>Revocation marks, never deletes: the public verification page shows the reason.</summary>
    public void Revoke(string reason, DateTime nowUtc)
    {
        if (RefusesChange("revoked") is { } refusal)
        {
            throw new BusinessRuleViolationException(refusal);
        }

        Status = CertificateStatus.Revoked;
        RevokedAtUtc = nowUtc;
        RevocationReason = reason;
    }

    public void SupersedeBy(Guid replacementId, DateTime nowUtc)
    {
        if (RefusesChange("reissued") is { } refusal)
        {
            throw new BusinessRuleViolationException(refusal);
        }

        Status = CertificateStatus.Superseded;
        SupersededById = replacementId;
        SupersededAtUtc = nowUtc;
    }
}

/// <summary>Accreditation points awarded for this certificate in one registry.</summary>
internal sealed class AwardedPoints
{
    public string Registry { get; init; } = "";

    public string AccreditationId { get; init; } = "";

    /// <summary>What the holder earned: less than <see cref="MaximumPoints"/> after partial attendance.</summary>
    public double Points { get; init; }

    /// <summary>What the accreditation awards for attending it all; 0 on certificates issued before partial points were counted.</summary>
    public double MaximumPoints { get; init; }

    public string Profession { get; init; } = "";
}

internal sealed class TranscriptLine
{
    public string Title { get; init; } = "";

    public double Weight { get; init; }

    public double ScorePercent { get; init; }

    public bool Passed { get; init; }
}

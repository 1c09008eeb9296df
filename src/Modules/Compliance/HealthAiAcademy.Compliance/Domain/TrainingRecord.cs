namespace HealthAiAcademy.Compliance.Domain;

/// <summary>
/// A completed course as Certification's events told it: whose, which course, when, until when the certificate is valid,
/// and whether it was revoked, superseded or has expired since. Compliance never reads Certification's tables.
/// </summary>
internal sealed class TrainingRecord
{
    private TrainingRecord()
    {
    }

    public TrainingRecord(Guid certificateId, Guid userId, Guid courseId, string courseCode, string title, DateOnly completedOn, DateOnly? expiresOn,
        IReadOnlyList<string> learningOutcomes, DateTime nowUtc)
    {
        CertificateId = certificateId;
        UserId = userId;
        CourseId = courseId;
        CourseCode = courseCode;
        Title = title;
        CompletedOn = completedOn;
        ExpiresOn = expiresOn;
        LearningOutcomes = [.. learningOutcomes];
        RecordedAtUtc = nowUtc;
    }

    public Guid CertificateId { get; private set; }

    public Guid UserId { get; private set; }

    public Guid CourseId { get; private set; }

    public string CourseCode { get; private set; } = string.Empty;

    public string Title { get; private set; } = string.Empty;

    public DateOnly CompletedOn { get; private set; }

    public DateOnly? ExpiresOn { get; private set; }

    public List<string> LearningOutcomes { get; private set; } = [];

    public DateTime RecordedAtUtc { get; private set; }

    /// <summary>Revoked, or replaced by a reissue (which has its own record): from then on it proves nothing.</summary>
    public DateTime? WithdrawnAtUtc { get; private set; }

    /// <summary>Whether it proved the completion on that day: done by then, and not yet withdrawn (a report at an earlier date still counts it).</summary>
    public bool CountsOn(DateOnly day) => CompletedOn <= day && (WithdrawnAtUtc is not { } withdrawn || BuildingBlocks.Time.AcademyTime.DateOf(withdrawn) > day);

    public void Withdraw(DateTime nowUtc) => WithdrawnAtUtc ??= nowUtc;

    /// <summary>Certification announced the expiry; the date was known already, the announcement only moves statuses on time.</summary>
    public void Expire(DateOnly expiredOn) => ExpiresOn = ExpiresOn is { } known && known < expiredOn ? known : expiredOn;
}

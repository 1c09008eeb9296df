namespace HealthAiAcademy.Courses.Contracts;

/// <summary>What other modules may ask Courses synchronously.</summary>
public interface ICourseCatalog
{
    /// <summary>The offering in any status, or null when it does not exist.</summary>
    Task<OfferingOutline?> GetOfferingAsync(Guid offeringId, CancellationToken cancellationToken);

    /// <summary>Every run of the course with this code, in any status, earliest first.</summary>
    Task<IReadOnlyList<OfferingOutline>> FindOfferingsOfCourseAsync(string courseCode, CancellationToken cancellationToken);

    /// <summary>Only what enrolling needs, read without the offering's sessions and course details: the hot path of a burst.</summary>
    Task<EnrollmentTerms?> GetEnrollmentTermsAsync(Guid offeringId, CancellationToken cancellationToken);

    /// <summary>Several offerings in one query (those that exist), for lists that span offerings.</summary>
    Task<IReadOnlyList<OfferingOutline>> GetOfferingsAsync(IReadOnlyCollection<Guid> offeringIds, CancellationToken cancellationToken);

    /// <summary>What a certificate prints about the offering's course, or null when the offering does not exist.</summary>
    Task<CertificateBasis?> GetCertificateBasisAsync(Guid offeringId, CancellationToken cancellationToken);

    Task<SessionSnapshot?> GetSessionAsync(Guid sessionId, CancellationToken cancellationToken);

    /// <summary>Scheduled sessions of published offerings starting in [fromUtc, toUtc), for reminders.</summary>
    Task<IReadOnlyList<SessionSnapshot>> GetSessionsStartingBetweenAsync(DateTime fromUtc, DateTime toUtc, CancellationToken cancellationToken);

    /// <summary>The ids of the offering's lessons, in order, for progress.</summary>
    Task<IReadOnlyList<Guid>> GetLessonIdsAsync(Guid offeringId, CancellationToken cancellationToken);

    /// <summary>The ids of each offering's lessons, in order, in one query (an offering without lessons has none listed).</summary>
    Task<IReadOnlyDictionary<Guid, IReadOnlyList<Guid>>> GetLessonIdsAsync(IReadOnlyCollection<Guid> offeringIds, CancellationToken cancellationToken);

    /// <summary>One session as an iCalendar file with its meeting link (to attach to a participant's reminder), or null when it does not exist.</summary>
    Task<string?> GetSessionCalendarAsync(Guid sessionId, CancellationToken cancellationToken);

    Task<IReadOnlyList<SessionSnapshot>> GetSessionsAsync(IReadOnlyCollection<Guid> offeringIds, CancellationToken cancellationToken);

    /// <summary>The next published run of the same course starting after <paramref name="afterUtc"/>, for recertification.</summary>
    Task<OfferingOutline?> FindNextRunAsync(Guid courseId, DateTime afterUtc, CancellationToken cancellationToken);

    /// <summary>Every course (code, title, what it teaches), by title: what requirements elsewhere can name.</summary>
    Task<IReadOnlyList<CourseOutline>> GetCoursesAsync(CancellationToken cancellationToken);
}

/// <summary>Which offering this is, when it runs and who runs it: what titles, staff checks and attendance need.</summary>
public sealed record CourseOutline(Guid Id, string Code, string Title, IReadOnlyList<string> LearningObjectives);

public sealed record OfferingOutline(
    Guid Id,
    Guid CourseId,
    string CourseCode,
    string Title,
    OfferingKind Kind,
    OfferingStatus Status,
    string CohortLabel,
    DateTime StartsAtUtc,
    DateTime EndsAtUtc,
    DateTime CancellationDeadlineUtc,
    int MinimumAttendancePercent,
    IReadOnlyList<Guid> InstructorIds,
    bool IsPastRunRecord = false);

/// <summary>What a certificate of the offering prints about the course.</summary>
public sealed record CertificateBasis(
    Guid OfferingId,
    Guid CourseId,
    string CourseCode,
    string Title,
    OfferingKind Kind,
    DeliveryMode Delivery,
    string? Location,
    DateTime StartsAtUtc,
    DateTime EndsAtUtc,
    int StudyLoadHours,
    double? Ects,
    IReadOnlyList<string> LearningObjectives,
    IReadOnlyList<AccreditationSnapshot> Accreditations,
    int? CertificateValidityMonths,
    string Language = "en",
    IReadOnlyList<CountedSession>? Sessions = null);

/// <summary>A session that counts towards attendance (scheduled, not cancelled), with its length for points per hour.</summary>
public sealed record CountedSession(Guid Id, int DurationMinutes);

/// <summary>
/// What deciding an enrolment needs. Courses sends it with every publication and change of an offering, so Enrollment
/// decides from its own copy; <see cref="Version"/> orders the copies (an older one never overwrites a newer one).
/// </summary>
public sealed record EnrollmentTerms(
    Guid Id,
    string Title,
    OfferingKind Kind,
    OfferingStatus Status,
    DateTime StartsAtUtc,
    DateTime EnrollmentOpensAtUtc,
    DateTime EnrollmentClosesAtUtc,
    int? Capacity,
    EnrollmentPolicy EnrollmentPolicy,
    bool WaitlistEnabled,
    bool AutomaticWaitlistPromotion,
    bool RequiresStudentNumber,
    int Version,
    bool RequiresRegistrationNumber = false);

public sealed record SessionSnapshot(
    Guid Id,
    Guid OfferingId,
    DateTime StartsAtUtc,
    int DurationMinutes,
    string Topic,
    string? Location,
    string? OnlineLink,
    SessionStatus Status,
    IReadOnlyList<Guid> InstructorIds);

/// <param name="Registry">Such as GAIA/KNMG, ABAN, PE-online/V&amp;VN, EACCME.</param>
public sealed record AccreditationSnapshot(
    string Registry, string AccreditationId, double Points, string Profession, PartialCredit PartialCredit = PartialCredit.None);

/// <summary>What a participant who missed part of an accredited offering is awarded; a registry decides, the course records it.</summary>
public enum PartialCredit
{
    /// <summary>Points only for attending every session that counts.</summary>
    None,

    /// <summary>The points shared equally over the sessions that count: each one attended earns its share.</summary>
    PerSession,

    /// <summary>The points shared over the scheduled hours: each hour attended earns its share.</summary>
    PerHour,
}

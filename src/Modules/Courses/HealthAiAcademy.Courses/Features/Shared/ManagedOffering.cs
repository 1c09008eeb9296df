using HealthAiAcademy.Courses.Contracts;
using HealthAiAcademy.Courses.Domain;

namespace HealthAiAcademy.Courses.Features.Shared;

/// <summary>An offering as staff see it, in any status.</summary>
internal sealed record ManagedOffering(
    Guid Id,
    Guid CourseId,
    string CourseCode,
    string Title,
    OfferingKind Kind,
    OfferingStatus Status,
    string CohortLabel,
    DateTime StartsAtUtc,
    DateTime EndsAtUtc,
    DateTime EnrollmentOpensAtUtc,
    DateTime EnrollmentClosesAtUtc,
    DateTime CancellationDeadlineUtc,
    int? Capacity,
    EnrollmentPolicy EnrollmentPolicy,
    bool WaitlistEnabled,
    bool AutomaticWaitlistPromotion,
    bool RequiresStudentNumber,
    bool RequiresRegistrationNumber,
    DeliveryMode Delivery,
    string? Location,
    string? OnlineLink,
    int MinimumAttendancePercent,
    IReadOnlyList<Guid> RequiredAssessmentIds,
    IReadOnlyList<Guid> InstructorIds,
    int Version,
    bool IsPastRunRecord,
    bool Accredited)
{
    public static ManagedOffering From(Offering o) => new(
        o.Id, o.CourseId, o.Course.Code, o.Course.Title, o.Kind, o.Status, o.CohortLabel, o.StartsAtUtc, o.EndsAtUtc, o.EnrollmentOpensAtUtc,
        o.EnrollmentClosesAtUtc, o.CancellationDeadlineUtc, o.Capacity, o.EnrollmentPolicy, o.WaitlistEnabled, o.AutomaticWaitlistPromotion,
        o.RequiresStudentNumber, o.RequiresRegistrationNumber, o.Delivery, o.Location, o.OnlineLink, o.MinimumAttendancePercent,
        o.RequiredAssessmentIds, o.InstructorIds, o.Version, o.IsPastRunRecord, o.Course.Accreditations.Count > 0);
}

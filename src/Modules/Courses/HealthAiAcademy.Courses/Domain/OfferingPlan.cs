using HealthAiAcademy.Courses.Contracts;

namespace HealthAiAcademy.Courses.Domain;

/// <summary>Everything a coordinator plans for one run of a course, already validated (see <c>OfferingPlanValidator</c>).</summary>
internal sealed record OfferingPlan(
    OfferingKind Kind,
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
    IReadOnlyList<Guid> InstructorIds,
    bool PastRunRecord = false)
{
    /// <summary>The same plan a number of days later (a re-run next year).</summary>
    public OfferingPlan ShiftedBy(TimeSpan shift, string cohortLabel) => this with
    {
        CohortLabel = cohortLabel,
        PastRunRecord = false,
        StartsAtUtc = StartsAtUtc + shift,
        EndsAtUtc = EndsAtUtc + shift,
        EnrollmentOpensAtUtc = EnrollmentOpensAtUtc + shift,
        EnrollmentClosesAtUtc = EnrollmentClosesAtUtc + shift,
        CancellationDeadlineUtc = CancellationDeadlineUtc + shift,
    };
}

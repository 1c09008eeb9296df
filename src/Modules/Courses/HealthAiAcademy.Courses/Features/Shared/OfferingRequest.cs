namespace HealthAiAcademy.Courses.Features.Shared;

/// <summary>
/// An offering as a coordinator plans it. Times are wall-clock times in <see cref="TimeZone"/> (Europe/Amsterdam by default)
/// unless they carry an offset; enums are names ("SummerSchool").
/// </summary>
internal sealed record OfferingRequest(
    Guid? CourseId,
    string? Kind,
    string? CohortLabel,
    string? StartsAt,
    string? EndsAt,
    string? EnrollmentOpensAt,
    string? EnrollmentClosesAt,
    string? CancellationDeadline,
    int? Capacity,
    string? EnrollmentPolicy,
    bool? WaitlistEnabled,
    bool? AutomaticWaitlistPromotion,
    bool? RequiresStudentNumber,
    bool? RequiresRegistrationNumber,
    string? Delivery,
    string? Location,
    string? OnlineLink,
    int? MinimumAttendancePercent,
    IReadOnlyList<Guid>? InstructorIds,
    string? TimeZone);

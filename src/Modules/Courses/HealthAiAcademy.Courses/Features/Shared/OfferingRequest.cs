using HealthAiAcademy.BuildingBlocks.Time;

namespace HealthAiAcademy.Courses.Features.Shared;

/// <summary>
/// An offering as a coordinator plans it, from the API's JSON body or the management pages' form. Times are wall-clock
/// times in <see cref="TimeZone"/> (Europe/Amsterdam by default) unless they carry an offset; enums are names ("SummerSchool").
/// </summary>
internal sealed record OfferingRequest
{
    public Guid? CourseId { get; set; }

    /// <summary>A record of a run that already took place (set when creating it; its participants are imported from CSV).</summary>
    public bool? PastRun { get; set; }

    public string? Kind { get; set; }

    public string? CohortLabel { get; set; }

    public string? StartsAt { get; set; }

    public string? EndsAt { get; set; }

    public string? EnrollmentOpensAt { get; set; }

    public string? EnrollmentClosesAt { get; set; }

    public string? CancellationDeadline { get; set; }

    public int? Capacity { get; set; }

    public string? EnrollmentPolicy { get; set; }

    public bool? WaitlistEnabled { get; set; }

    public bool? AutomaticWaitlistPromotion { get; set; }

    public bool? RequiresStudentNumber { get; set; }

    public bool? RequiresRegistrationNumber { get; set; }

    public string? Delivery { get; set; }

    public string? Location { get; set; }

    public string? OnlineLink { get; set; }

    public int? MinimumAttendancePercent { get; set; }

    public IReadOnlyList<Guid>? InstructorIds { get; set; }

    public string? TimeZone { get; set; }

    /// <summary>What the form for a new offering starts with.</summary>
    public static OfferingRequest NewOffering(Guid? courseId) => new()
    {
        CourseId = courseId,
        EnrollmentPolicy = nameof(Contracts.EnrollmentPolicy.Open),
        WaitlistEnabled = true,
        Delivery = nameof(Contracts.DeliveryMode.InPerson),
        MinimumAttendancePercent = 80,
    };

    /// <summary>The request that would save the offering as it is: the edit form's starting values, in Amsterdam time.</summary>
    public static OfferingRequest Of(ManagedOffering o) => new()
    {
        CourseId = o.CourseId,
        Kind = o.Kind.ToString(),
        CohortLabel = o.CohortLabel,
        StartsAt = LocalInput(o.StartsAtUtc),
        EndsAt = LocalInput(o.EndsAtUtc),
        EnrollmentOpensAt = LocalInput(o.EnrollmentOpensAtUtc),
        EnrollmentClosesAt = LocalInput(o.EnrollmentClosesAtUtc),
        CancellationDeadline = LocalInput(o.CancellationDeadlineUtc),
        Capacity = o.Capacity,
        EnrollmentPolicy = o.EnrollmentPolicy.ToString(),
        WaitlistEnabled = o.WaitlistEnabled,
        AutomaticWaitlistPromotion = o.AutomaticWaitlistPromotion,
        RequiresStudentNumber = o.RequiresStudentNumber,
        RequiresRegistrationNumber = o.RequiresRegistrationNumber,
        Delivery = o.Delivery.ToString(),
        Location = o.Location,
        OnlineLink = o.OnlineLink,
        MinimumAttendancePercent = o.MinimumAttendancePercent,
        InstructorIds = o.InstructorIds,
    };

    private static string LocalInput(DateTime utc) => AcademyTime.Format(utc, "yyyy-MM-ddTHH:mm");
}

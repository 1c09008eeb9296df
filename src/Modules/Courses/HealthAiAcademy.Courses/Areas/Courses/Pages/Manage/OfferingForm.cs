using HealthAiAcademy.Courses.Features.Shared;

namespace HealthAiAcademy.Courses.Areas.Courses.Pages.Manage;

/// <summary>The offering form of the management pages; times are datetime-local values in Amsterdam time.</summary>
internal sealed class OfferingForm
{
    public Guid? CourseId { get; set; }

    public string? Kind { get; set; }

    public string? CohortLabel { get; set; }

    public string? StartsAt { get; set; }

    public string? EndsAt { get; set; }

    public string? EnrollmentOpensAt { get; set; }

    public string? EnrollmentClosesAt { get; set; }

    public string? CancellationDeadline { get; set; }

    public int? Capacity { get; set; }

    public string? EnrollmentPolicy { get; set; } = "Open";

    public bool WaitlistEnabled { get; set; } = true;

    public bool AutomaticWaitlistPromotion { get; set; }

    public bool RequiresStudentNumber { get; set; }

    public bool RequiresRegistrationNumber { get; set; }

    public string? Delivery { get; set; } = "InPerson";

    public string? Location { get; set; }

    public string? OnlineLink { get; set; }

    public int? MinimumAttendancePercent { get; set; } = 80;

    public List<Guid> InstructorIds { get; set; } = [];

    internal OfferingRequest ToRequest() => new(
        CourseId, Kind, CohortLabel, StartsAt, EndsAt, EnrollmentOpensAt, EnrollmentClosesAt, CancellationDeadline, Capacity,
        EnrollmentPolicy, WaitlistEnabled, AutomaticWaitlistPromotion, RequiresStudentNumber, RequiresRegistrationNumber, Delivery,
        Location, OnlineLink, MinimumAttendancePercent, InstructorIds, null);

    internal static OfferingForm From(ManagedOffering o) => new()
    {
        CourseId = o.CourseId,
        Kind = o.Kind.ToString(),
        CohortLabel = o.CohortLabel,
        StartsAt = Labels.Input(o.StartsAtUtc),
        EndsAt = Labels.Input(o.EndsAtUtc),
        EnrollmentOpensAt = Labels.Input(o.EnrollmentOpensAtUtc),
        EnrollmentClosesAt = Labels.Input(o.EnrollmentClosesAtUtc),
        CancellationDeadline = Labels.Input(o.CancellationDeadlineUtc),
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
        InstructorIds = [.. o.InstructorIds],
    };
}

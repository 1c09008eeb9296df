namespace HealthAiAcademy.Enrollment.Features.Shared;

/// <summary>The <c>Enrollment</c> configuration section.</summary>
internal sealed class EnrollmentOptions
{
    public const string SectionName = "Enrollment";

    /// <summary>How long a waitlisted person has to claim a freed seat before it passes on.</summary>
    public TimeSpan SeatOfferWindow { get; set; } = TimeSpan.FromHours(48);
}

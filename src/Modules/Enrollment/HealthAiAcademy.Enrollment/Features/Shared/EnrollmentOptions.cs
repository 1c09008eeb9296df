namespace HealthAiAcademy.Enrollment.Features.Shared;

/// <summary>The <c>Enrollment</c> configuration section.</summary>
internal sealed class EnrollmentOptions
{
    public const string SectionName = "Enrollment";

    public const string DefaultReminderSchedule = "*/5 * * * *";

    /// <summary>How long a waitlisted person has to claim a freed seat before it passes on.</summary>
    public TimeSpan SeatOfferWindow { get; set; } = TimeSpan.FromHours(48);

    /// <summary>The address people reach the academy at, for links in emails.</summary>
    public string PublicBaseUrl { get; set; } = "http://localhost:5000";

    /// <summary>A claimed reminder still unsent after this long (the sender crashed) is claimed and sent again.</summary>
    public TimeSpan ReclaimAfter { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>When the reminder sweep runs: a cron expression (five fields, or six with seconds first); every five minutes by default.</summary>
    public string ReminderSchedule { get; set; } = DefaultReminderSchedule;
}

namespace HealthAiAcademy.Compliance.Features.Shared;

/// <summary>The <c>Compliance</c> configuration section.</summary>
internal sealed class ComplianceOptions
{
    public const string SectionName = "Compliance";

    /// <summary>The address people reach the academy at, for links in emails (<c>PublicBaseUrl</c> unless set here).</summary>
    public string PublicBaseUrl { get; set; } = "http://localhost:5000";

    /// <summary>When reminders and managers' summaries go out: a cron expression (UTC), daily at 06:00 by default.</summary>
    public string NudgeSchedule { get; set; } = "0 6 * * *";

    /// <summary>A claimed reminder still unsent after this long (the sender crashed) is claimed and sent again.</summary>
    public TimeSpan ReclaimAfter { get; set; } = TimeSpan.FromMinutes(15);
}

namespace HealthAiAcademy.Enrollment.Domain;

/// <summary>A user's choice to skip an optional reminder kind.</summary>
internal sealed class ReminderPreference
{
    private ReminderPreference()
    {
    }

    public ReminderPreference(Guid userId, ReminderKind kind)
    {
        UserId = userId;
        Kind = kind;
    }

    public Guid UserId { get; private set; }

    public ReminderKind Kind { get; private set; }
}

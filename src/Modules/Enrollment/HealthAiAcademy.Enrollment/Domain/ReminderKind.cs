namespace HealthAiAcademy.Enrollment.Domain;

internal enum ReminderKind
{
    /// <summary>Optional: participants may switch it off.</summary>
    SessionTomorrow,
    SeatOffered,
    SeatOfferExpiring,
    ApplicationDecided,
    AssessmentDue,
}

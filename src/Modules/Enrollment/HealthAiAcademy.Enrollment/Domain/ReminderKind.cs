namespace HealthAiAcademy.Enrollment.Domain;

internal enum ReminderKind
{
    /// <summary>Optional: participants may switch it off.</summary>
    SessionTomorrow,
    SeatOffered,
    SeatOfferExpiring,
    ApplicationDecided,
    AssessmentDue,

    /// <summary>Changes of what a person enrolled in: always sent.</summary>
    SessionMoved,
    SessionCancelled,
    OfferingCancelled,

    /// <summary>A message staff sent to an offering's participants: always sent.</summary>
    Announcement,

    /// <summary>After the last session: the course evaluation is open to the participant; always sent.</summary>
    EvaluationInvitation,
}

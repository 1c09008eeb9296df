namespace HealthAiAcademy.Enrollment.Domain;

internal enum OfferingChange
{
    SessionMoved,
    SessionCancelled,
    OfferingCancelled,
}

/// <summary>
/// A change participants must hear of, kept when Courses' event arrives. The reminder sweep tells everyone holding a seat
/// or waiting for one, once each through the reminder ledger; its id is the event's, so a redelivered event adds nothing.
/// </summary>
internal sealed class OfferingChangeNotice
{
    private OfferingChangeNotice()
    {
    }

    public OfferingChangeNotice(Guid eventId, Guid offeringId, Guid? sessionId, OfferingChange change, DateTime? previousStartsAtUtc, DateTime? startsAtUtc, DateTime occurredAtUtc)
    {
        Id = eventId;
        OfferingId = offeringId;
        SessionId = sessionId;
        Change = change;
        PreviousStartsAtUtc = previousStartsAtUtc;
        StartsAtUtc = startsAtUtc;
        OccurredAtUtc = occurredAtUtc;
    }

    public Guid Id { get; private set; }

    public Guid OfferingId { get; private set; }

    public Guid? SessionId { get; private set; }

    public OfferingChange Change { get; private set; }

    public DateTime? PreviousStartsAtUtc { get; private set; }

    public DateTime? StartsAtUtc { get; private set; }

    public DateTime OccurredAtUtc { get; private set; }
}

using HealthAiAcademy.Courses.Contracts;

namespace HealthAiAcademy.Enrollment.Domain;

/// <summary>
/// Enrollment's own record of a published offering: its seats and waiting list. Opened when Courses publishes the
/// offering; seat and waitlist counters only change by conditional updates inside a transaction (Features/Shared/SeatLedger, ADR 0005).
/// </summary>
internal sealed class EnrollmentBook
{
    private EnrollmentBook()
    {
    }

    public EnrollmentBook(Guid offeringId, string title, OfferingKind kind, int? capacity, DateTime startsAtUtc, DateTime openedAtUtc)
    {
        OfferingId = offeringId;
        Title = title;
        Kind = kind;
        Capacity = capacity;
        StartsAtUtc = startsAtUtc;
        OpenedAtUtc = openedAtUtc;
    }

    public Guid OfferingId { get; private set; }

    public string Title { get; private set; } = string.Empty;

    public OfferingKind Kind { get; private set; }

    /// <summary>Seats; null means unlimited.</summary>
    public int? Capacity { get; private set; }

    /// <summary>Enrolled and completed participants plus seats held for an open waitlist offer.</summary>
    public int SeatsTaken { get; private set; }

    /// <summary>How many are waitlisted; the next one gets position WaitlistLength + 1.</summary>
    public int WaitlistLength { get; private set; }

    public DateTime StartsAtUtc { get; private set; }

    public DateTime OpenedAtUtc { get; private set; }

    public bool IsCancelled { get; private set; }

    public void ChangeCapacity(int? capacity) => Capacity = capacity;

    public void Cancel() => IsCancelled = true;
}

using HealthAiAcademy.Courses.Contracts;

namespace HealthAiAcademy.Enrollment.Domain;

/// <summary>
/// Enrollment's own record of a published offering: the terms it decides enrolments by (copied from Courses' events,
/// ADR 0015) and its seats and waiting list. Seat and waitlist counters only change by conditional updates inside a
/// transaction (Features/Shared/SeatLedger, ADR 0005).
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
        TermsVersion = NoTerms;
    }

    public EnrollmentBook(EnrollmentTerms terms, DateTime openedAtUtc)
        : this(terms.Id, terms.Title, terms.Kind, terms.Capacity, terms.StartsAtUtc, openedAtUtc) =>
        Follow(terms);

    /// <summary>A book opened before terms were sent along with Courses' events: the catalog is asked until a copy arrives.</summary>
    public const int NoTerms = -1;

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

    public OfferingStatus Status { get; private set; }

    public DateTime EnrollmentOpensAtUtc { get; private set; }

    public DateTime EnrollmentClosesAtUtc { get; private set; }

    public EnrollmentPolicy EnrollmentPolicy { get; private set; }

    public bool WaitlistEnabled { get; private set; }

    /// <summary>A freed seat goes to the head of the waiting list at once, instead of being offered for a while.</summary>
    public bool AutomaticWaitlistPromotion { get; private set; }

    public bool RequiresStudentNumber { get; private set; }

    /// <summary>Accredited: people of a registered profession enrol only with their registration number (BIG) in the profile.</summary>
    public bool RequiresRegistrationNumber { get; private set; }

    /// <summary>The offering's version the terms are from; <see cref="NoTerms"/> when the book has none yet.</summary>
    public int TermsVersion { get; private set; }

    public bool HasTerms => TermsVersion != NoTerms;

    public EnrollmentTerms Terms => new(
        OfferingId, Title, Kind, IsCancelled ? OfferingStatus.Cancelled : Status, StartsAtUtc, EnrollmentOpensAtUtc, EnrollmentClosesAtUtc, Capacity,
        EnrollmentPolicy, WaitlistEnabled, AutomaticWaitlistPromotion, RequiresStudentNumber, TermsVersion, RequiresRegistrationNumber);

    /// <summary>Takes over newer terms; an older copy (events can arrive out of order) changes nothing.</summary>
    /// <returns>True when the terms were taken over.</returns>
    public bool Follow(EnrollmentTerms terms)
    {
        if (HasTerms && terms.Version < TermsVersion)
        {
            return false;
        }

        Title = terms.Title;
        Kind = terms.Kind;
        Capacity = terms.Capacity;
        StartsAtUtc = terms.StartsAtUtc;
        Status = terms.Status;
        EnrollmentOpensAtUtc = terms.EnrollmentOpensAtUtc;
        EnrollmentClosesAtUtc = terms.EnrollmentClosesAtUtc;
        EnrollmentPolicy = terms.EnrollmentPolicy;
        WaitlistEnabled = terms.WaitlistEnabled;
        AutomaticWaitlistPromotion = terms.AutomaticWaitlistPromotion;
        RequiresStudentNumber = terms.RequiresStudentNumber;
        RequiresRegistrationNumber = terms.RequiresRegistrationNumber;
        TermsVersion = terms.Version;
        return true;
    }

    /// <summary>
    /// Where a request goes once the database has said whether it got a seat (the conditional update of ADR 0005): the seat,
    /// else the waiting list when the offering keeps one, else nowhere.
    /// </summary>
    public Admission AdmissionFor(bool seatTaken) =>
        seatTaken ? Admission.Seat : WaitlistEnabled ? Admission.WaitingList : Admission.Full;

    /// <summary>Where a seat that became free goes: back to the pool when nobody waits, else to the head of the waiting list.</summary>
    public FreedSeat FreedSeatFor(bool anyoneWaiting) =>
        !anyoneWaiting ? FreedSeat.BackToPool : AutomaticWaitlistPromotion ? FreedSeat.PromoteHead : FreedSeat.OfferToHead;

    public void ChangeCapacity(int? capacity) => Capacity = capacity;

    public void Cancel() => IsCancelled = true;
}

internal enum Admission
{
    Seat,
    WaitingList,
    Full,
}

internal enum FreedSeat
{
    BackToPool,
    PromoteHead,
    OfferToHead,
}

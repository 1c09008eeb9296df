using HealthAiAcademy.Courses.Contracts;

namespace HealthAiAcademy.Enrollment.Domain;

/// <summary>
/// Enrollment's own record of a published offering: the seats it may fill. Opened when Courses publishes the offering,
/// so enrolling never has to ask another module whether a seat is free.
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

    public int? Capacity { get; private set; }

    public DateTime StartsAtUtc { get; private set; }

    public DateTime OpenedAtUtc { get; private set; }
}

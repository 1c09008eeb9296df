using HealthAiAcademy.Enrollment.Contracts;

namespace HealthAiAcademy.Enrollment.Domain;

/// <summary>One person's place (or request for a place) in one offering.</summary>
internal sealed class Enrollment
{
    private Enrollment()
    {
    }

    public Enrollment(Guid id, Guid offeringId, Guid userId, EnrollmentStatus status, int? waitlistPosition, DateTime requestedAtUtc)
    {
        Id = id;
        OfferingId = offeringId;
        UserId = userId;
        Status = status;
        WaitlistPosition = waitlistPosition;
        RequestedAtUtc = requestedAtUtc;
    }

    public Guid Id { get; private set; }

    public Guid OfferingId { get; private set; }

    public Guid UserId { get; private set; }

    public EnrollmentStatus Status { get; private set; }

    /// <summary>1-based FIFO position while waitlisted.</summary>
    public int? WaitlistPosition { get; private set; }

    public DateTime RequestedAtUtc { get; private set; }

    public static readonly EnrollmentStatus[] SeatHoldingStatuses = [EnrollmentStatus.Enrolled, EnrollmentStatus.Completed];
}

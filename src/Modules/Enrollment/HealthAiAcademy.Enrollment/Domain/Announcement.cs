using HealthAiAcademy.BuildingBlocks.Domain;
using HealthAiAcademy.Enrollment.Contracts;

namespace HealthAiAcademy.Enrollment.Domain;

/// <summary>
/// A message from staff to an offering's participants (and, when asked, its waiting list). The reminder sweep delivers it
/// by email and in-app to each of them once, through the reminder ledger; it stays listed for them on the offering.
/// </summary>
internal sealed class Announcement
{
    public const int SubjectMaxLength = 200;
    public const int BodyMaxLength = 5_000;

    private Announcement()
    {
    }

    public Announcement(Guid offeringId, string subject, string body, bool includesWaitlist, Guid sentBy, DateTime nowUtc)
    {
        if (string.IsNullOrWhiteSpace(subject) || subject.Length > SubjectMaxLength || string.IsNullOrWhiteSpace(body) || body.Length > BodyMaxLength)
        {
            throw new BusinessRuleViolationException("An announcement has a subject and a message within their lengths.");
        }

        Id = Guid.NewGuid();
        OfferingId = offeringId;
        Subject = subject;
        Body = body;
        IncludesWaitlist = includesWaitlist;
        SentBy = sentBy;
        SentAtUtc = nowUtc;
    }

    public Guid Id { get; private set; }

    public Guid OfferingId { get; private set; }

    public string Subject { get; private set; } = string.Empty;

    public string Body { get; private set; } = string.Empty;

    /// <summary>Whether people on the waiting list hear it too (a change of date matters to them; a reading list does not).</summary>
    public bool IncludesWaitlist { get; private set; }

    public Guid SentBy { get; private set; }

    public DateTime SentAtUtc { get; private set; }

    /// <summary>Participants (holding a seat or done) hear every announcement; the waiting list only those sent to it too.</summary>
    public bool IsFor(EnrollmentStatus status) =>
        status is EnrollmentStatus.Enrolled or EnrollmentStatus.Completed || (status == EnrollmentStatus.Waitlisted && IncludesWaitlist);
}

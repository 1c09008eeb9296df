using HealthAiAcademy.BuildingBlocks.Domain;
using HealthAiAcademy.Courses.Contracts;

namespace HealthAiAcademy.Courses.Domain;

/// <summary>A dated meeting of an offering (a lecture, a summer-school day, a webinar).</summary>
internal sealed class Session
{
    private Session()
    {
    }

    public Session(Guid id, Guid offeringId, SessionPlan plan)
    {
        Id = id;
        OfferingId = offeringId;
        Status = SessionStatus.Scheduled;
        Apply(plan);
    }

    public Guid Id { get; private set; }

    public Guid OfferingId { get; private set; }

    public DateTime StartsAtUtc { get; private set; }

    public int DurationMinutes { get; private set; }

    public DateTime EndsAtUtc => StartsAtUtc.AddMinutes(DurationMinutes);

    public string Topic { get; private set; } = string.Empty;

    public string? Location { get; private set; }

    public string? OnlineLink { get; private set; }

    public List<Guid> InstructorIds { get; private set; } = [];

    public SessionStatus Status { get; private set; }

    /// <summary>iCalendar SEQUENCE: raised on every change so calendar clients replace the old event.</summary>
    public int Sequence { get; private set; }

    public SessionPlan Plan => new(StartsAtUtc, DurationMinutes, Topic, Location, OnlineLink, InstructorIds);

    public void Reschedule(SessionPlan plan)
    {
        EnsureScheduled();
        Apply(plan);
        Sequence++;
    }

    public void Cancel()
    {
        EnsureScheduled();
        Status = SessionStatus.Cancelled;
        Sequence++;
    }

    public Session CopyFor(Guid offeringId, TimeSpan shift) =>
        new(Guid.NewGuid(), offeringId, Plan with { StartsAtUtc = StartsAtUtc + shift });

    private void EnsureScheduled()
    {
        if (Status == SessionStatus.Cancelled)
        {
            throw new BusinessRuleViolationException("This session is cancelled.");
        }
    }

    private void Apply(SessionPlan plan)
    {
        StartsAtUtc = plan.StartsAtUtc;
        DurationMinutes = plan.DurationMinutes;
        Topic = plan.Topic;
        Location = plan.Location;
        OnlineLink = plan.OnlineLink;
        InstructorIds = [.. plan.InstructorIds.Distinct()];
    }
}

using HealthAiAcademy.BuildingBlocks.Domain;
using HealthAiAcademy.Courses.Contracts;

namespace HealthAiAcademy.Courses.Domain;

/// <summary>One run of a course, with its own dates, seats and status.</summary>
internal sealed class Offering
{
    private Offering()
    {
    }

    public Offering(Guid id, Course course, OfferingKind kind, string cohortLabel, DateTime startsAtUtc, DateTime endsAtUtc)
    {
        if (endsAtUtc < startsAtUtc)
        {
            throw new ArgumentException("An offering cannot end before it starts.", nameof(endsAtUtc));
        }

        Id = id;
        Course = course;
        CourseId = course.Id;
        Kind = kind;
        CohortLabel = cohortLabel;
        StartsAtUtc = startsAtUtc;
        EndsAtUtc = endsAtUtc;
        Status = OfferingStatus.Draft;
    }

    public Guid Id { get; private set; }

    public Guid CourseId { get; private set; }

    public Course Course { get; private set; } = null!;

    public OfferingKind Kind { get; private set; }

    public string CohortLabel { get; private set; } = string.Empty;

    public DateTime StartsAtUtc { get; private set; }

    public DateTime EndsAtUtc { get; private set; }

    /// <summary>Seats; null means unlimited (allowed for webinars).</summary>
    public int? Capacity { get; set; }

    public DeliveryMode Delivery { get; set; }

    public string? Location { get; set; }

    public OfferingStatus Status { get; private set; }

    public DateTime? PublishedAtUtc { get; private set; }

    public OfferingPublishedIntegrationEvent Publish(DateTime nowUtc)
    {
        if (Status != OfferingStatus.Draft)
        {
            throw new BusinessRuleViolationException($"Only a draft can be published; this offering is {Status}.");
        }

        Status = OfferingStatus.Published;
        PublishedAtUtc = nowUtc;
        return new OfferingPublishedIntegrationEvent
        {
            OccurredAtUtc = nowUtc,
            OfferingId = Id,
            Title = Course.Title,
            Kind = Kind,
            Capacity = Capacity,
            StartsAtUtc = StartsAtUtc,
            EndsAtUtc = EndsAtUtc,
        };
    }
}

using HealthAiAcademy.BuildingBlocks.Domain;
using HealthAiAcademy.Courses.Contracts;
using HealthAiAcademy.Courses.Domain;

namespace HealthAiAcademy.UnitTests.Courses;

public sealed class OfferingTests
{
    private static readonly DateTime Start = new(2027, 7, 5, 7, 0, 0, DateTimeKind.Utc);

    private static Offering SummerSchool() =>
        new(Guid.NewGuid(), new Course(Guid.NewGuid(), "DSAIH", "Data Science and AI in Health", "Summer school", "en", 40),
            OfferingKind.SummerSchool, "2027", Start, Start.AddDays(4)) { Capacity = 60 };

    [Fact]
    public void Publishing_a_draft_raises_the_event_with_what_enrollment_needs()
    {
        var offering = SummerSchool();
        var now = new DateTime(2027, 1, 10, 12, 0, 0, DateTimeKind.Utc);

        var published = offering.Publish(now);

        Assert.Equal(OfferingStatus.Published, offering.Status);
        Assert.Equal(now, offering.PublishedAtUtc);
        Assert.Equal((offering.Id, 60, OfferingKind.SummerSchool, now), (published.OfferingId, published.Capacity!.Value, published.Kind, published.OccurredAtUtc));
    }

    [Fact]
    public void Publishing_twice_is_refused()
    {
        var offering = SummerSchool();
        offering.Publish(DateTime.UtcNow);

        var refused = Assert.Throws<BusinessRuleViolationException>(() => offering.Publish(DateTime.UtcNow));

        Assert.Contains("Published", refused.Message);
    }

    [Fact]
    public void An_offering_cannot_end_before_it_starts() =>
        Assert.Throws<ArgumentException>(() => new Offering(Guid.NewGuid(), new Course(Guid.NewGuid(), "X", "X", "X", "en", 1),
            OfferingKind.Webinar, "2027", Start, Start.AddHours(-1)));
}

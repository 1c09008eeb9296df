using HealthAiAcademy.BuildingBlocks.Domain;
using HealthAiAcademy.Courses.Contracts;
using HealthAiAcademy.Courses.Domain;

namespace HealthAiAcademy.UnitTests.Courses;

public sealed class OfferingTests
{
    private static readonly DateTime Start = new(2027, 7, 5, 7, 0, 0, DateTimeKind.Utc);

    private static Offering SummerSchool() =>
        new(Guid.NewGuid(), new Course(Guid.NewGuid(), "DSAIH", "Data Science and AI in Health", "Summer school", "en", 40),
            OfferingKind.SummerSchool, "2027", Start, Start.AddDays(4), capacity: 60);

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

public sealed class OfferingWorkflowTests
{
    private static readonly DateTime Start = new(2027, 7, 5, 7, 0, 0, DateTimeKind.Utc);

    private static Offering Draft() =>
        new(Guid.NewGuid(), new Course(Guid.NewGuid(), "DSAIH", "Data Science and AI in Health", "Summer school", "en", 40),
            OfferingKind.SummerSchool, "2027", Start, Start.AddDays(4));

    [Theory]
    [InlineData(OfferingStatus.Closed)]
    [InlineData(OfferingStatus.Completed)]
    public void A_draft_can_only_be_published_or_cancelled(OfferingStatus target) =>
        Assert.Throws<BusinessRuleViolationException>(() => Draft().ChangeStatus(target, Start));

    [Fact]
    public void A_cancelled_offering_is_final()
    {
        var offering = Draft();
        offering.ChangeStatus(OfferingStatus.Cancelled, Start);

        Assert.Throws<BusinessRuleViolationException>(() => offering.ChangeStatus(OfferingStatus.Published, Start));
        Assert.Throws<BusinessRuleViolationException>(() => offering.Update(offering.Plan, Start));
    }

    [Fact]
    public void A_rerun_shifts_every_date_and_session_and_starts_as_a_draft()
    {
        var offering = Draft();
        offering.ScheduleSession(new SessionPlan(Start.AddHours(2), 60, "Day 1", null, null, []), Start);
        offering.Publish(Start);

        var copy = offering.Rerun(Guid.NewGuid(), TimeSpan.FromDays(364), "2028");

        Assert.Equal(OfferingStatus.Draft, copy.Status);
        Assert.Equal(Start.AddDays(364), copy.StartsAtUtc);
        Assert.Equal(offering.EnrollmentClosesAtUtc.AddDays(364), copy.EnrollmentClosesAtUtc);
        Assert.Equal(Start.AddHours(2).AddDays(364), copy.Sessions.Single().StartsAtUtc);
        Assert.NotEqual(offering.Sessions.Single().Id, copy.Sessions.Single().Id);
    }

    [Fact]
    public void Dates_cannot_move_away_from_scheduled_sessions()
    {
        var offering = Draft();
        offering.ScheduleSession(new SessionPlan(Start.AddDays(3), 60, "Day 4", null, null, []), Start);

        var shorter = offering.Plan with { EndsAtUtc = Start.AddDays(1) };

        Assert.Throws<BusinessRuleViolationException>(() => offering.Update(shorter, Start));
    }
}

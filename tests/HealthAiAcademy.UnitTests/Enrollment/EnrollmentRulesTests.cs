using HealthAiAcademy.BuildingBlocks.Domain;
using HealthAiAcademy.Courses.Contracts;
using HealthAiAcademy.Enrollment.Contracts;
using HealthAiAcademy.Enrollment.Domain;
using EnrollmentEntity = HealthAiAcademy.Enrollment.Domain.Enrollment;

namespace HealthAiAcademy.UnitTests.Enrollment;

public sealed class EnrollmentRulesTests
{
    private static readonly DateTime Now = new(2026, 12, 1, 9, 0, 0, DateTimeKind.Utc);

    private static EnrollmentEntity Enrolled()
    {
        var enrollment = EnrollmentEntity.Request(Guid.NewGuid(), Guid.NewGuid(), null, Now.AddDays(-10));
        enrollment.Enrol(Now.AddDays(-10));
        return enrollment;
    }

    [Fact]
    public void A_participant_withdraws_until_the_cancellation_deadline_and_a_coordinator_after_it()
    {
        var early = Enrolled();
        var late = Enrolled();
        var byCoordinator = Enrolled();

        early.Withdraw(Now, cancellationDeadlineUtc: Now.AddHours(1), byCoordinator: false);
        var refused = Assert.Throws<BusinessRuleViolationException>(() => late.Withdraw(Now, cancellationDeadlineUtc: Now.AddHours(-1), byCoordinator: false));
        byCoordinator.Withdraw(Now, cancellationDeadlineUtc: Now.AddHours(-1), byCoordinator: true);

        Assert.Equal(EnrollmentStatus.Withdrawn, early.Status);
        Assert.Contains("cancellation deadline", refused.Message);
        Assert.Equal(EnrollmentStatus.Enrolled, late.Status);
        Assert.Equal(EnrollmentStatus.Withdrawn, byCoordinator.Status);
    }

    [Fact]
    public void A_waiting_place_can_be_given_up_after_the_deadline()
    {
        var waiting = EnrollmentEntity.Request(Guid.NewGuid(), Guid.NewGuid(), null, Now.AddDays(-3));
        waiting.Waitlist(4);

        waiting.Withdraw(Now, cancellationDeadlineUtc: Now.AddDays(-1), byCoordinator: false);

        Assert.Equal((EnrollmentStatus.Withdrawn, (int?)null), (waiting.Status, waiting.WaitlistPosition));
    }

    [Fact]
    public void Only_a_pending_application_is_approved()
    {
        var application = EnrollmentEntity.Request(Guid.NewGuid(), Guid.NewGuid(), "Motivated", Now.AddDays(-1));
        application.Approve("Welcome", Now);

        Assert.Equal(("Welcome", (DateTime?)Now), (application.DecisionMessage, application.DecidedAtUtc));
        Assert.Throws<BusinessRuleViolationException>(() => Enrolled().Approve(null, Now));
    }

    [Fact]
    public void A_no_show_is_marked_only_once_the_offering_has_started()
    {
        var before = Enrolled();
        var after = Enrolled();

        Assert.Throws<BusinessRuleViolationException>(() => before.MarkNoShow(Now, offeringStartsAtUtc: Now.AddDays(1)));
        after.MarkNoShow(Now, offeringStartsAtUtc: Now.AddDays(-1));

        Assert.Equal((EnrollmentStatus.Enrolled, EnrollmentStatus.NoShow), (before.Status, after.Status));
    }

    [Fact]
    public void An_offered_seat_is_claimed_only_while_the_offer_is_open()
    {
        var offered = EnrollmentEntity.Request(Guid.NewGuid(), Guid.NewGuid(), null, Now.AddDays(-3));
        offered.Waitlist(1);
        offered.OfferSeat(Now.AddHours(2));
        var lapsed = EnrollmentEntity.Request(Guid.NewGuid(), Guid.NewGuid(), null, Now.AddDays(-3));
        lapsed.Waitlist(1);
        lapsed.OfferSeat(Now.AddHours(-1));
        var merelyWaiting = EnrollmentEntity.Request(Guid.NewGuid(), Guid.NewGuid(), null, Now.AddDays(-3));
        merelyWaiting.Waitlist(2);

        offered.ClaimOfferedSeat(Now);

        Assert.Equal(EnrollmentStatus.Enrolled, offered.Status);
        Assert.Throws<BusinessRuleViolationException>(() => lapsed.ClaimOfferedSeat(Now));
        Assert.Throws<BusinessRuleViolationException>(() => merelyWaiting.ClaimOfferedSeat(Now));
    }

    [Theory]
    [InlineData(OfferingStatus.Published, -1, 1, null)]
    [InlineData(OfferingStatus.Draft, -1, 1, "draft")]
    [InlineData(OfferingStatus.Closed, -1, 1, "closed")]
    [InlineData(OfferingStatus.Published, 1, 2, "opens on")]
    [InlineData(OfferingStatus.Published, -2, 0, "closed on")]
    public void Enrollment_is_open_only_while_published_and_between_opening_and_closing(OfferingStatus status, int opensInDays, int closesInDays, string? refusal)
    {
        var answer = EnrollmentWindow.RefusalAt(status, Now.AddDays(opensInDays), Now.AddDays(closesInDays), Now);

        if (refusal is null)
        {
            Assert.Null(answer);
        }
        else
        {
            Assert.Contains(refusal, answer);
        }
    }

    [Fact]
    public void A_refusal_names_the_moment_in_Amsterdam_time_not_UTC()
    {
        // 1 July 2030, 07:00 UTC is 09:00 in Amsterdam (summer time).
        var opensAt = new DateTime(2030, 7, 1, 7, 0, 0, DateTimeKind.Utc);

        var answer = EnrollmentWindow.RefusalAt(OfferingStatus.Published, opensAt, opensAt.AddDays(30), opensAt.AddDays(-1));

        Assert.Equal("Enrolment opens on 1 July 2030, 09:00 (Amsterdam time).", answer);
    }
}

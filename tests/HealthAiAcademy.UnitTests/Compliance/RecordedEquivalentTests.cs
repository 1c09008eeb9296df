using HealthAiAcademy.BuildingBlocks.Domain;
using HealthAiAcademy.BuildingBlocks.Time;
using HealthAiAcademy.Compliance.Domain;

namespace HealthAiAcademy.UnitTests.Compliance;

public sealed class RecordedEquivalentTests
{
    private static readonly Guid Owner = Guid.NewGuid();
    private static readonly Guid Coordinator = Guid.NewGuid();
    private static readonly DateTime Submitted = new(2026, 3, 2, 9, 0, 0, DateTimeKind.Utc);

    private static RecordedEquivalent Equivalent(DateOnly? expiresOn = null) =>
        new(Owner, Guid.NewGuid(), "Vendor training", "Pacmed", new DateOnly(2026, 2, 20), expiresOn, "certificate.pdf", "application/pdf", Submitted);

    [Fact]
    public void It_counts_from_the_day_of_approval_until_the_day_of_a_withdrawal()
    {
        var equivalent = Equivalent();
        Assert.False(equivalent.CountsOn(new DateOnly(2026, 3, 10)));

        equivalent.Approve(Coordinator, null, new DateTime(2026, 3, 10, 8, 0, 0, DateTimeKind.Utc));
        equivalent.Withdraw(Coordinator, byCoordinator: true, "Not genuine.", new DateTime(2026, 5, 1, 8, 0, 0, DateTimeKind.Utc));

        Assert.False(equivalent.CountsOn(new DateOnly(2026, 3, 9)));
        Assert.True(equivalent.CountsOn(new DateOnly(2026, 3, 10)));
        Assert.True(equivalent.CountsOn(new DateOnly(2026, 4, 30)));
        Assert.False(equivalent.CountsOn(new DateOnly(2026, 5, 1)));
        Assert.Equal(EquivalentStatus.Withdrawn, equivalent.Status);
        Assert.Equal("Not genuine.", equivalent.DecisionNote);
    }

    [Fact]
    public void A_decision_is_taken_once_and_a_rejected_one_never_counts()
    {
        var equivalent = Equivalent();
        equivalent.Reject(Coordinator, "Not about AI.", Submitted.AddDays(1));

        Assert.Throws<BusinessRuleViolationException>(() => equivalent.Approve(Coordinator, null, Submitted.AddDays(2)));
        Assert.Throws<BusinessRuleViolationException>(() => equivalent.Withdraw(Owner, byCoordinator: false, null, Submitted.AddDays(2)));
        Assert.False(equivalent.CountsOn(AcademyTime.DateOf(Submitted.AddDays(30))));
        Assert.Equal(Coordinator, equivalent.DecidedBy);
    }

    [Fact]
    public void Its_owner_withdraws_only_what_still_waits_and_a_coordinator_only_an_approval()
    {
        var waiting = Equivalent();
        var approved = Equivalent();
        approved.Approve(Coordinator, "Covers the basics.", Submitted.AddDays(1));

        Assert.Throws<BusinessRuleViolationException>(() => waiting.Withdraw(Coordinator, byCoordinator: true, "No.", Submitted.AddDays(1)));
        waiting.Withdraw(Owner, byCoordinator: false, null, Submitted.AddDays(1));
        Assert.Throws<BusinessRuleViolationException>(() => approved.Withdraw(Owner, byCoordinator: false, null, Submitted.AddDays(2)));

        Assert.Equal(EquivalentStatus.Withdrawn, waiting.Status);
        Assert.Null(waiting.DecidedBy);
        Assert.Equal(EquivalentStatus.Approved, approved.Status);
    }

    [Fact]
    public void Training_cannot_expire_before_it_was_completed()
    {
        Assert.Throws<BusinessRuleViolationException>(() => Equivalent(expiresOn: new DateOnly(2026, 1, 1)));
    }

    [Fact]
    public void A_requirement_counts_an_approved_equivalent_for_its_validity_and_never_beyond_the_trainings_own_expiry()
    {
        var requirement = new Requirement("AI basics", RequirementKind.Literacy, null, [], [], [Guid.NewGuid()], 24, Submitted);

        Assert.Equal(new DateOnly(2028, 2, 19), requirement.ValidUntil(new DateOnly(2026, 2, 20), null));
        Assert.Equal(new DateOnly(2027, 2, 20), requirement.ValidUntil(new DateOnly(2026, 2, 20), new DateOnly(2027, 2, 20)));
    }
}

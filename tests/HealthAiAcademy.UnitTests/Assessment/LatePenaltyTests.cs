using HealthAiAcademy.Assessment.Contracts;
using HealthAiAcademy.Assessment.Domain;

namespace HealthAiAcademy.UnitTests.Assessment;

public sealed class LatePenaltyTests
{
    private static readonly DateTime Due = new(2026, 12, 1, 17, 0, 0, DateTimeKind.Utc);

    [Theory]
    [InlineData(0, 0)]                 // on time to the second
    [InlineData(1, 1)]                 // one minute late is a started day
    [InlineData(60 * 24, 1)]           // exactly one day
    [InlineData(60 * 24 + 1, 2)]
    [InlineData(-60, 0)]               // early
    public void Every_started_day_after_the_due_date_counts(int minutesLate, int expectedDays) =>
        Assert.Equal(expectedDays, LatePenalty.DaysLate(Due, Due.AddMinutes(minutesLate)));

    [Theory]
    [InlineData(1, 10, 30, 10)]
    [InlineData(3, 10, 30, 30)]
    [InlineData(7, 10, 30, 30)]        // capped
    [InlineData(0, 10, 30, 0)]
    public void The_penalty_grows_per_day_up_to_the_cap(int days, double perDay, double cap, double expected) =>
        Assert.Equal(expected, LatePenalty.PenaltyPercent(days, perDay, cap));

    [Fact]
    public void A_penalty_never_takes_a_score_below_zero()
    {
        Assert.Equal(0, LatePenalty.Apply(12, 30));
        Assert.Equal(52.5, LatePenalty.Apply(72.5, 20));
    }

    [Fact]
    public void An_extension_moves_the_due_date_for_refusal_and_for_the_penalty()
    {
        var assessment = new AssessmentDefinition(Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), AssessmentKind.Assignment, Guid.NewGuid(), Due, new AssessmentSettings
        {
            Title = "Essay",
            DueAtUtc = Due,
            LatePolicy = LateSubmissionPolicy.AcceptWithPenalty,
            LatePenaltyPercentPerDay = 5,
            LatePenaltyCapPercent = 20,
        }, AssessmentScoring.Points(10));
        Assert.Equal(10, assessment.PenaltyFor(null, Due.AddDays(1.5)));
        Assert.Equal(0, assessment.PenaltyFor(Due.AddDays(2), Due.AddDays(1.5)));

        assessment.Change(assessment.Settings with { LatePolicy = LateSubmissionPolicy.Refuse }, AssessmentScoring.Points(10), workExists: false);
        Assert.NotNull(assessment.RefusesLateWork(null, Due.AddSeconds(1)));
        Assert.Null(assessment.RefusesLateWork(Due.AddDays(2), Due.AddDays(1)));
        Assert.Null(assessment.RefusesLateWork(null, Due));
    }
}

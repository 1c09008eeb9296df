using HealthAiAcademy.Assessment.Domain;
using HealthAiAcademy.Assessment.Features.Shared;

namespace HealthAiAcademy.UnitTests.Assessment;

public sealed class CountedAttemptTests
{
    private static QuizAttempt Attempt(int number, double? score)
    {
        var attempt = new QuizAttempt(Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), number, [], DateTime.UtcNow, null);
        if (score is { } s)
        {
            attempt.Submit([], s, 0, DateTime.UtcNow);
        }
        else
        {
            attempt.Expire(DateTime.UtcNow);
        }

        return attempt;
    }

    [Fact]
    public void Best_of_takes_the_highest_score_and_last_takes_the_latest_handed_in_attempt()
    {
        QuizAttempt[] attempts = [Attempt(1, 80), Attempt(2, 60), Attempt(3, null)];

        Assert.Equal(80, QuizAttempt.CountedScore(attempts, AttemptScoring.Highest));
        Assert.Equal(60, QuizAttempt.CountedScore(attempts, AttemptScoring.Last));
        Assert.Null(QuizAttempt.CountedScore([Attempt(1, null)], AttemptScoring.Highest));
        Assert.Equal(50, QuizAttempt.CountedScore([(3, 50.0), (1, 90.0), (4, null)], AttemptScoring.Last));     // in any order
        Assert.Equal(90, QuizAttempt.CountedScore([(3, 50.0), (1, 90.0), (4, null)], AttemptScoring.Highest));
        Assert.Null(QuizAttempt.CountedScore(Array.Empty<(int, double?)>(), AttemptScoring.Last));
    }

    [Fact]
    public void A_late_attempt_counts_with_its_penalty()
    {
        var attempt = new QuizAttempt(Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), 1, [], DateTime.UtcNow, null);
        attempt.Submit([], 90, 20, DateTime.UtcNow);

        Assert.Equal(70, QuizAttempt.CountedScore([attempt], AttemptScoring.Highest));
    }

    [Fact]
    public void The_final_score_weighs_assessments_and_counts_missing_work_as_zero()
    {
        Assert.Equal(70, GradebookCalculator.Final([(1, 100), (2, 55)]));
        Assert.Equal(25, GradebookCalculator.Final([(1, 100), (3, null)]));
        Assert.Null(GradebookCalculator.Final([(0, 100)]));
        Assert.Equal(55, GradebookCalculator.Median([10, 55, 90]));
        Assert.Equal(47.5, GradebookCalculator.Median([10, 40, 55, 90]));
    }
}

using HealthAiAcademy.Assessment.Contracts;
using HealthAiAcademy.Assessment.Domain;
using HealthAiAcademy.BuildingBlocks.Domain;

namespace HealthAiAcademy.UnitTests.Assessment;

public sealed class AssessmentChangeTests
{
    private static readonly DateTime Now = new(2026, 12, 1, 9, 0, 0, DateTimeKind.Utc);

    private static AssessmentDefinition Quiz(params Guid[] questions) =>
        new(Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), AssessmentKind.Quiz, Guid.NewGuid(), Now,
            new AssessmentSettings { Title = "Check", MaxAttempts = 1 }, new AssessmentScoring(questions, [], 10));

    [Fact]
    public void Settings_change_even_after_work_was_handed_in()
    {
        var question = Guid.NewGuid();
        var quiz = Quiz(question);

        quiz.Change(quiz.Settings with { Title = "Check again", MaxAttempts = 3 }, new AssessmentScoring([question], null, 10), workExists: true);

        Assert.Equal(("Check again", 3), (quiz.Title, quiz.MaxAttempts));
    }

    [Fact]
    public void The_questions_cannot_change_once_work_exists()
    {
        var quiz = Quiz(Guid.NewGuid());

        var refused = Assert.Throws<BusinessRuleViolationException>(() =>
            quiz.Change(quiz.Settings, new AssessmentScoring([Guid.NewGuid()], null, 10), workExists: true));

        Assert.Contains("can no longer change", refused.Message);
    }

    [Fact]
    public void The_rubric_and_points_cannot_change_once_work_exists_but_may_before()
    {
        var assignment = new AssessmentDefinition(Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), AssessmentKind.Assignment, Guid.NewGuid(), Now,
            new AssessmentSettings { Title = "Essay" }, AssessmentScoring.Points(10));
        var rubric = new RubricCriterion { Id = Guid.NewGuid(), Title = "Argument", Levels = [new RubricLevel { Label = "Weak", Points = 0 }, new RubricLevel { Label = "Strong", Points = 5 }] };

        Assert.Throws<BusinessRuleViolationException>(() => assignment.Change(assignment.Settings, AssessmentScoring.Points(20), workExists: true));
        Assert.Throws<BusinessRuleViolationException>(() => assignment.Change(assignment.Settings, new AssessmentScoring([], [rubric], 10), workExists: true));
        assignment.Change(assignment.Settings, new AssessmentScoring([], [rubric], 20), workExists: false);

        Assert.Equal((20, 5), (assignment.MaxPoints, assignment.AvailablePoints));
    }

    [Fact]
    public void Requiring_for_completion_reports_only_a_real_change()
    {
        var quiz = Quiz(Guid.NewGuid());

        Assert.True(quiz.RequireForCompletion(true));
        Assert.False(quiz.RequireForCompletion(true));
        Assert.True(quiz.RequireForCompletion(false));
    }

    [Fact]
    public void Another_attempt_is_refused_once_all_are_used()
    {
        var quiz = Quiz(Guid.NewGuid());
        quiz.Change(quiz.Settings with { MaxAttempts = 2 }, new AssessmentScoring(quiz.QuestionIds, null, 10), workExists: false);

        Assert.Null(quiz.RefusesAnotherAttempt(1));
        Assert.Equal("All 2 attempts are used.", quiz.RefusesAnotherAttempt(2));
    }
}

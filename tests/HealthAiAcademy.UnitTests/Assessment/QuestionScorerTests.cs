using HealthAiAcademy.Assessment.Domain;

namespace HealthAiAcademy.UnitTests.Assessment;

public sealed class QuestionScorerTests
{
    private static readonly Guid Author = Guid.NewGuid();

    private static Question MultipleChoice(params bool[] correct)
    {
        var question = new Question(Guid.NewGuid(), Guid.NewGuid(), QuestionType.MultipleChoice, "Which are supervised methods?", 4, Author, DateTime.UtcNow);
        question.SetOptions(correct.Select((c, i) => new QuestionOption { Text = $"Option {i}", IsCorrect = c }));
        return question;
    }

    [Theory]
    [InlineData(new[] { 0, 1 }, 1.0)]        // both correct options
    [InlineData(new[] { 0 }, 0.5)]           // one of two correct
    [InlineData(new[] { 0, 2 }, 0.0)]        // one right, one wrong cancel out
    [InlineData(new[] { 0, 1, 2 }, 0.5)]     // everything right, one wrong costs half
    [InlineData(new[] { 2, 3 }, 0.0)]        // never below zero
    [InlineData(new int[0], 0.0)]
    [InlineData(new[] { 0, 0, 1 }, 1.0)]     // a repeated choice counts once
    public void Multiple_choice_earns_a_share_per_correct_option_and_loses_one_per_wrong_option(int[] choices, double expected) =>
        Assert.Equal(expected, QuestionScorer.Credit(MultipleChoice(true, true, false, false), new QuizAnswer { Choices = [.. choices] }), 6);

    [Theory]
    [InlineData(2.5, 1)]
    [InlineData(2.4, 1)]
    [InlineData(2.6, 1)]
    [InlineData(2.61, 0)]
    [InlineData(2.39, 0)]
    public void Numeric_answers_within_the_tolerance_are_right_inclusive_of_its_edges(double given, double expected)
    {
        var question = new Question(Guid.NewGuid(), Guid.NewGuid(), QuestionType.Numeric, "AUC of the model?", 1, Author, DateTime.UtcNow)
        {
            CorrectNumber = 2.5,
            Tolerance = 0.1,
        };
        Assert.Equal(expected, QuestionScorer.Credit(question, new QuizAnswer { Number = given }));
    }

    [Theory]
    [InlineData("  Random   Forest ", 1)]
    [InlineData("random forest", 1)]
    [InlineData("RF", 1)]
    [InlineData("random forests", 0)]
    [InlineData("", 0)]
    public void Short_text_ignores_case_and_spacing_but_not_spelling(string given, double expected)
    {
        var question = new Question(Guid.NewGuid(), Guid.NewGuid(), QuestionType.ShortText, "Name an ensemble of trees", 1, Author, DateTime.UtcNow)
        {
            AcceptedAnswers = ["Random forest", "RF"],
        };
        Assert.Equal(expected, QuestionScorer.Credit(question, new QuizAnswer { Text = given }));
    }

    [Fact]
    public void Single_choice_and_true_false_are_all_or_nothing_and_an_unanswered_question_earns_nothing()
    {
        var single = new Question(Guid.NewGuid(), Guid.NewGuid(), QuestionType.SingleChoice, "Pick one", 1, Author, DateTime.UtcNow);
        single.SetOptions([new QuestionOption { Text = "A" }, new QuestionOption { Text = "B", IsCorrect = true }]);
        var statement = new Question(Guid.NewGuid(), Guid.NewGuid(), QuestionType.TrueFalse, "Overfitting lowers training error", 1, Author, DateTime.UtcNow) { CorrectBoolean = true };

        Assert.Equal(1, QuestionScorer.Credit(single, new QuizAnswer { Choices = [1] }));
        Assert.Equal(0, QuestionScorer.Credit(single, new QuizAnswer { Choices = [0, 1] }));
        Assert.Equal(0, QuestionScorer.Credit(single, new QuizAnswer { Choices = [7] }));
        Assert.Equal(1, QuestionScorer.Credit(statement, new QuizAnswer { Boolean = true }));
        Assert.Equal(0, QuestionScorer.Credit(statement, new QuizAnswer { Boolean = false }));
        Assert.Equal(0, QuestionScorer.Credit(statement, null));
    }

    [Fact]
    public void The_attempt_score_weighs_each_question_by_its_points() =>
        Assert.Equal(56.25, QuestionScorer.ScorePercent([(4, 0.5), (2, 1), (2, 0.25)]));
}

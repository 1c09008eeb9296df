namespace HealthAiAcademy.Assessment.Domain;

/// <summary>Auto-grading rules, one per question type. Every rule returns the share of the points earned, 0..1.</summary>
internal static class QuestionScorer
{
    public static double Credit(Question question, QuizAnswer? answer)
    {
        if (answer is null)
        {
            return 0;
        }

        return question.Type switch
        {
            QuestionType.SingleChoice => answer.Choices.Count == 1 && IsCorrectOption(question, answer.Choices[0]) ? 1 : 0,
            QuestionType.MultipleChoice => MultipleChoiceCredit(question, answer.Choices),
            QuestionType.TrueFalse => answer.Boolean is { } value && value == question.CorrectBoolean ? 1 : 0,
            QuestionType.Numeric => answer.Number is { } number && question.CorrectNumber is { } correct
                && Math.Abs(number - correct) <= question.Tolerance + 1e-9 ? 1 : 0,
            QuestionType.ShortText => answer.Text is { } text && question.AcceptedAnswers.Any(accepted => Normalise(accepted) == Normalise(text)) ? 1 : 0,
            _ => 0,
        };
    }

    /// <summary>
    /// Partial credit: each correct option chosen earns 1/c (c = number of correct options), each wrong option chosen costs 1/c,
    /// and the result never drops below zero. Choosing everything therefore earns nothing when there is a wrong option.
    /// </summary>
    public static double MultipleChoiceCredit(Question question, IReadOnlyCollection<int> choices)
    {
        var correctCount = question.Options.Count(o => o.IsCorrect);
        if (correctCount == 0)
        {
            return 0;
        }

        var chosen = choices.Distinct().ToList();
        var right = chosen.Count(index => IsCorrectOption(question, index));
        var wrong = chosen.Count - right;
        return Math.Max(0, (right - wrong) / (double)correctCount);
    }

    /// <summary>Score of an attempt in percent: points earned over points available.</summary>
    public static double ScorePercent(IReadOnlyCollection<(double Points, double Credit)> scored)
    {
        var available = scored.Sum(s => s.Points);
        return available <= 0 ? 0 : Math.Round(scored.Sum(s => s.Points * s.Credit) * 100 / available, 2);
    }

    private static bool IsCorrectOption(Question question, int index) =>
        index >= 0 && index < question.Options.Count && question.Options[index].IsCorrect;

    private static string Normalise(string text) =>
        string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).ToUpperInvariant();
}

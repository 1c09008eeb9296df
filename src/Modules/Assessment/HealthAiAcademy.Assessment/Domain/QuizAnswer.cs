namespace HealthAiAcademy.Assessment.Domain;

/// <summary>A participant's answer to one question; which field is used depends on the question type.</summary>
internal sealed class QuizAnswer
{
    public Guid QuestionId { get; init; }

    public List<int> Choices { get; init; } = [];

    public bool? Boolean { get; init; }

    public double? Number { get; init; }

    public string? Text { get; init; }

    /// <summary>The share of the question's points earned, 0..1, set when the attempt is scored.</summary>
    public double Credit { get; private set; }

    /// <summary>The share of the question's points this answer earns, from 0 to 1, set once the attempt is handed in.</summary>
    public void Award(double credit) => Credit = credit;

    public QuizAnswer WithoutText()
    {
        var copy = new QuizAnswer { QuestionId = QuestionId, Choices = [.. Choices], Boolean = Boolean, Number = Number };
        copy.Award(Credit);
        return copy;
    }
}

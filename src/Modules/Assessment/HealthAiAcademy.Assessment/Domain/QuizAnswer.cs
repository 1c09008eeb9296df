namespace HealthAiAcademy.Assessment.Domain;

/// <summary>A participant's answer to one question; which field is used depends on the question type.</summary>
internal sealed class QuizAnswer
{
    public Guid QuestionId { get; set; }

    public List<int> Choices { get; set; } = [];

    public bool? Boolean { get; set; }

    public double? Number { get; set; }

    public string? Text { get; set; }

    /// <summary>The share of the question's points earned, 0..1, set when the attempt is scored.</summary>
    public double Credit { get; set; }
}

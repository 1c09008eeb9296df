namespace HealthAiAcademy.Assessment.Domain;

/// <summary>A question in a course's bank; quizzes of every run of the course draw from it.</summary>
internal sealed class Question
{
    private Question()
    {
    }

    public Question(Guid id, Guid courseId, QuestionType type, string prompt, double points, Guid createdBy, DateTime createdAtUtc)
    {
        Id = id;
        CourseId = courseId;
        Type = type;
        Prompt = prompt;
        Points = points;
        CreatedBy = createdBy;
        CreatedAtUtc = createdAtUtc;
    }

    public Guid Id { get; private set; }

    public Guid CourseId { get; private set; }

    public QuestionType Type { get; private set; }

    public string Prompt { get; private set; } = "";

    public double Points { get; private set; }

    /// <summary>Choices for single and multiple choice, in the order shown; answers refer to them by index.</summary>
    public List<QuestionOption> Options { get; private set; } = [];

    public bool? CorrectBoolean { get; init; }

    public double? CorrectNumber { get; init; }

    public double Tolerance { get; init; }

    /// <summary>Accepted short-text answers, compared without case and surrounding or repeated spaces.</summary>
    public List<string> AcceptedAnswers { get; init; } = [];

    /// <summary>Shown with the result when feedback is due.</summary>
    public string? Explanation { get; init; }

    public Guid CreatedBy { get; private set; }

    public DateTime CreatedAtUtc { get; private set; }

    public void SetOptions(IEnumerable<QuestionOption> options) => Options = [.. options];
}

internal sealed class QuestionOption
{
    public string Text { get; init; } = "";

    public bool IsCorrect { get; init; }
}

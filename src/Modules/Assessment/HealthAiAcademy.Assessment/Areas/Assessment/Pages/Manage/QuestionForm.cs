using HealthAiAcademy.Assessment.Features.Shared;

namespace HealthAiAcademy.Assessment.Areas.Assessment.Pages.Manage;

/// <summary>The question form (adding and changing); options are typed one per line, correct ones starting with "*".</summary>
internal sealed class QuestionForm
{
    public string Type { get; set; } = "SingleChoice";

    public string? Prompt { get; set; }

    public double Points { get; set; } = 1;

    public string? Options { get; set; }

    public string? CorrectBoolean { get; set; }

    public double? CorrectNumber { get; set; }

    public double? Tolerance { get; set; }

    public string? AcceptedAnswers { get; set; }

    public string? Explanation { get; set; }

    internal static QuestionForm From(QuestionView question) => new()
    {
        Type = question.Type.ToString(),
        Prompt = question.Prompt,
        Points = question.Points,
        Options = string.Join('\n', question.Options.Select(o => (o.IsCorrect ? "*" : string.Empty) + o.Text)),
        CorrectBoolean = question.CorrectBoolean?.ToString().ToLowerInvariant(),
        CorrectNumber = question.CorrectNumber,
        Tolerance = question.Tolerance,
        AcceptedAnswers = string.Join('\n', question.AcceptedAnswers),
        Explanation = question.Explanation,
    };

    internal QuestionRequest ToRequest()
    {
        var options = Lines(Options).Select(line => line.StartsWith('*') ? new OptionRequest(line[1..].Trim(), true) : new OptionRequest(line, false)).ToList();
        return new QuestionRequest(Type, Prompt, Points, options, bool.TryParse(CorrectBoolean, out var correct) ? correct : null, CorrectNumber, Tolerance,
            Lines(AcceptedAnswers), Explanation);
    }

    private static List<string> Lines(string? text) => [.. (text ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)];
}

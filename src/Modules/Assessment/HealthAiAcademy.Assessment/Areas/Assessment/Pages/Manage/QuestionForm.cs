using HealthAiAcademy.Assessment.Features.Shared;

namespace HealthAiAcademy.Assessment.Areas.Assessment.Pages.Manage;

/// <summary>The add-a-question form; options are typed one per line, correct ones starting with "*".</summary>
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

    internal QuestionRequest ToRequest()
    {
        var options = Lines(Options).Select(line => line.StartsWith('*') ? new OptionRequest(line[1..].Trim(), true) : new OptionRequest(line, false)).ToList();
        return new QuestionRequest(Type, Prompt, Points, options, bool.TryParse(CorrectBoolean, out var correct) ? correct : null, CorrectNumber, Tolerance,
            Lines(AcceptedAnswers), Explanation);
    }

    private static List<string> Lines(string? text) => [.. (text ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)];
}

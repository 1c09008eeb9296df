using HealthAiAcademy.Assessment.Domain;

namespace HealthAiAcademy.Assessment.Features.Shared;

/// <summary>
/// A bank question. Choice questions list <see cref="Options"/>; true/false sets <see cref="CorrectBoolean"/>; numeric sets
/// <see cref="CorrectNumber"/> and <see cref="Tolerance"/>; short text lists <see cref="AcceptedAnswers"/>.
/// </summary>
internal sealed record QuestionRequest(
    string? Type,
    string? Prompt,
    double? Points,
    IReadOnlyList<OptionRequest>? Options,
    bool? CorrectBoolean,
    double? CorrectNumber,
    double? Tolerance,
    IReadOnlyList<string>? AcceptedAnswers,
    string? Explanation);

internal sealed record OptionRequest(string? Text, bool IsCorrect);

/// <summary>A question as staff see it, answers included.</summary>
internal sealed record QuestionView(
    Guid Id, QuestionType Type, string Prompt, double Points, IReadOnlyList<OptionRequest> Options, bool? CorrectBoolean, double? CorrectNumber,
    double Tolerance, IReadOnlyList<string> AcceptedAnswers, string? Explanation)
{
    public static QuestionView From(Question q) => new(
        q.Id, q.Type, q.Prompt, q.Points, [.. q.Options.Select(o => new OptionRequest(o.Text, o.IsCorrect))], q.CorrectBoolean, q.CorrectNumber,
        q.Tolerance, q.AcceptedAnswers, q.Explanation);
}

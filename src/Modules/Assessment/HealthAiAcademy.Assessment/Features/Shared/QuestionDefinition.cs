using HealthAiAcademy.Assessment.Domain;
using HealthAiAcademy.BuildingBlocks.Web;

namespace HealthAiAcademy.Assessment.Features.Shared;

/// <summary>A question as a request defines it, checked field by field; the same for a new question and a changed one.</summary>
internal static class QuestionDefinition
{
    public static Question? Build(QuestionRequest request, Guid id, Guid courseId, Guid authorId, DateTime createdAtUtc, ValidationErrors errors)
    {
        var type = AssessmentRequestValidator.ParseEnum<QuestionType>(request.Type, "type", errors, required: true);
        var prompt = request.Prompt?.Trim();
        errors.AddIf(string.IsNullOrEmpty(prompt) || prompt.Length > 2000, "prompt", "A prompt of at most 2000 characters is required.");
        errors.AddIf(request.Points is <= 0 or > 100, "points", "More than 0 and at most 100 points.");
        var options = request.Options ?? [];
        switch (type)
        {
            case QuestionType.SingleChoice or QuestionType.MultipleChoice:
                errors.AddIf(options.Count is < 2 or > 10, "options", "Between 2 and 10 options.");
                errors.AddIf(options.Any(o => string.IsNullOrWhiteSpace(o.Text)), "options", "Every option needs a text.");
                errors.AddIf(type == QuestionType.SingleChoice && options.Count(o => o.IsCorrect) != 1, "options", "Exactly one option is correct.");
                errors.AddIf(type == QuestionType.MultipleChoice && !options.Any(o => o.IsCorrect), "options", "At least one option is correct.");
                break;
            case QuestionType.TrueFalse:
                errors.AddIf(request.CorrectBoolean is null, "correctBoolean", "Say whether the statement is true or false.");
                break;
            case QuestionType.Numeric:
                errors.AddIf(request.CorrectNumber is null, "correctNumber", "The correct number is required.");
                errors.AddIf(request.Tolerance is < 0, "tolerance", "The tolerance is zero or more.");
                break;
            case QuestionType.ShortText:
                errors.AddIf(request.AcceptedAnswers is null || !request.AcceptedAnswers.Any(a => !string.IsNullOrWhiteSpace(a)), "acceptedAnswers", "At least one accepted answer.");
                break;
        }

        if (!errors.IsValid)
        {
            return null;
        }

        var question = new Question(id, courseId, type!.Value, prompt!, request.Points ?? 1, authorId, createdAtUtc)
        {
            CorrectBoolean = type == QuestionType.TrueFalse ? request.CorrectBoolean : null,
            CorrectNumber = type == QuestionType.Numeric ? request.CorrectNumber : null,
            Tolerance = type == QuestionType.Numeric ? request.Tolerance ?? 0 : 0,
            AcceptedAnswers = type == QuestionType.ShortText ? [.. request.AcceptedAnswers!.Where(a => !string.IsNullOrWhiteSpace(a)).Select(a => a.Trim())] : [],
            Explanation = string.IsNullOrWhiteSpace(request.Explanation) ? null : request.Explanation.Trim(),
        };
        if (type is QuestionType.SingleChoice or QuestionType.MultipleChoice)
        {
            question.SetOptions(options.Select(o => new QuestionOption { Text = o.Text!.Trim(), IsCorrect = o.IsCorrect }));
        }

        return question;
    }
}

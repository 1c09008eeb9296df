using HealthAiAcademy.Assessment.Contracts;
using HealthAiAcademy.Assessment.Domain;
using HealthAiAcademy.BuildingBlocks.Web;

namespace HealthAiAcademy.Assessment.Features.Shared;

/// <summary>An assessment as a valid request describes it, before it is created or applied to an existing one.</summary>
internal sealed record AssessmentDraft(AssessmentKind Kind, AssessmentSettings Settings, AssessmentScoring Scoring, bool RequiredForCompletion);

/// <summary>Turns a request into an assessment draft, or field errors naming what is wrong.</summary>
internal static class AssessmentRequestValidator
{
    public const int MaxFileKilobytesLimit = 25_600;

    public static AssessmentDraft? Build(AssessmentRequest request, IReadOnlySet<Guid> bankQuestionIds, ValidationErrors errors)
    {
        var title = request.Title?.Trim();
        errors.AddIf(string.IsNullOrEmpty(title) || title.Length > 200, "title", "A title of at most 200 characters is required.");
        var kind = ParseEnum<AssessmentKind>(request.Kind, "kind", errors, required: true);
        errors.AddIf(request.Weight is < 0 or > 100, "weight", "The weight is between 0 and 100.");
        errors.AddIf(request.PassMarkPercent is < 0 or > 100, "passMarkPercent", "The pass mark is a percentage between 0 and 100.");
        errors.AddIf(request.Instructions?.Length > 4000, "instructions", "At most 4000 characters.");
        var latePolicy = ParseEnum<LateSubmissionPolicy>(request.LatePolicy, "latePolicy", errors) ?? LateSubmissionPolicy.Refuse;
        errors.AddIf(request.LatePenaltyPercentPerDay is < 0 or > 100, "latePenaltyPercentPerDay", "A percentage between 0 and 100.");
        errors.AddIf(request.LatePenaltyCapPercent is < 0 or > 100, "latePenaltyCapPercent", "A percentage between 0 and 100.");
        errors.AddIf(latePolicy == LateSubmissionPolicy.AcceptWithPenalty && request.DueAtUtc is null, "latePolicy", "Late work needs a due date.");
        var counted = ParseEnum<AttemptScoring>(request.CountedAttempt, "countedAttempt", errors) ?? AttemptScoring.Highest;
        var feedback = ParseEnum<FeedbackTiming>(request.Feedback, "feedback", errors) ?? FeedbackTiming.AfterAttempt;
        errors.AddIf(feedback == FeedbackTiming.AfterDueDate && request.DueAtUtc is null, "feedback", "Feedback after the due date needs a due date.");

        var questionIds = (request.QuestionIds ?? []).Distinct().ToList();
        var rubric = new List<RubricCriterion>();
        if (kind == AssessmentKind.Quiz)
        {
            errors.AddIf(questionIds.Count == 0, "questionIds", "Choose at least one question from the course's question bank.");
            for (var index = 0; index < questionIds.Count; index++)
            {
                errors.AddIf(!bankQuestionIds.Contains(questionIds[index]), $"questionIds[{index}]", "Not a question in this course's bank.");
            }

            errors.AddIf(request.TimeLimitMinutes is < 1 or > 600, "timeLimitMinutes", "Between 1 and 600 minutes.");
            errors.AddIf(request.MaxAttempts is < 1 or > 20, "maxAttempts", "Between 1 and 20 attempts.");
        }
        else if (kind == AssessmentKind.Assignment)
        {
            errors.AddIf(request.AcceptsText == false && request.AcceptsFile != true, "acceptsText", "An assignment accepts text, a file or both.");
            errors.AddIf(request.MaxFileKilobytes is < 1 or > MaxFileKilobytesLimit, "maxFileKilobytes", $"Between 1 and {MaxFileKilobytesLimit} KB.");
            errors.AddIf(request.MaxPoints is <= 0 or > 1000, "maxPoints", "More than 0 and at most 1000 points.");
            var extensions = request.AllowedFileExtensions ?? [];
            for (var index = 0; index < extensions.Count; index++)
            {
                errors.AddIf(!FileRules.IsWellFormedExtension(extensions[index]), $"allowedFileExtensions[{index}]", "An extension such as .pdf or .docx.");
            }

            rubric = BuildRubric(request.Rubric ?? [], errors);
        }

        if (!errors.IsValid)
        {
            return null;
        }

        var settings = new AssessmentSettings
        {
            Title = title!,
            Instructions = string.IsNullOrWhiteSpace(request.Instructions) ? null : request.Instructions.Trim(),
            Weight = request.Weight ?? 1,
            PassMarkPercent = request.PassMarkPercent ?? 55,
            DueAtUtc = request.DueAtUtc is { } due ? DateTime.SpecifyKind(due, DateTimeKind.Utc) : null,
            LatePolicy = latePolicy,
            LatePenaltyPercentPerDay = request.LatePenaltyPercentPerDay ?? 10,
            LatePenaltyCapPercent = request.LatePenaltyCapPercent ?? 50,
            ShuffleQuestions = request.ShuffleQuestions ?? true,
            TimeLimitMinutes = request.TimeLimitMinutes,
            MaxAttempts = request.MaxAttempts ?? 1,
            CountedAttempt = counted,
            Feedback = feedback,
            AcceptsText = request.AcceptsText ?? true,
            AcceptsFile = request.AcceptsFile ?? false,
            MaxFileKilobytes = request.MaxFileKilobytes ?? 10_240,
            AllowedFileExtensions = request.AllowedFileExtensions is { Count: > 0 } allowed
                ? [.. allowed.Select(e => e.Trim().ToLowerInvariant()).Distinct()]
                : [.. FileRules.DefaultExtensions],
            BlindMarking = request.BlindMarking ?? false,
        };
        return new AssessmentDraft(kind!.Value, settings, new AssessmentScoring(questionIds, rubric, request.MaxPoints ?? 10), request.RequiredForCompletion ?? false);
    }

    private static List<RubricCriterion> BuildRubric(IReadOnlyList<RubricCriterionRequest> criteria, ValidationErrors errors)
    {
        var rubric = new List<RubricCriterion>();
        for (var index = 0; index < criteria.Count; index++)
        {
            var criterion = criteria[index];
            var levels = criterion.Levels ?? [];
            errors.AddIf(string.IsNullOrWhiteSpace(criterion.Title) || criterion.Title.Length > 200, $"rubric[{index}].title", "A criterion needs a title of at most 200 characters.");
            errors.AddIf(levels.Count is < 2 or > 10, $"rubric[{index}].levels", "A criterion has 2 to 10 levels.");
            for (var level = 0; level < levels.Count; level++)
            {
                errors.AddIf(string.IsNullOrWhiteSpace(levels[level].Label), $"rubric[{index}].levels[{level}].label", "Each level needs a label.");
                errors.AddIf(levels[level].Points is < 0 or > 1000, $"rubric[{index}].levels[{level}].points", "Between 0 and 1000 points.");
            }

            rubric.Add(new RubricCriterion
            {
                Id = Guid.NewGuid(),
                Title = criterion.Title?.Trim() ?? "",
                Description = criterion.Description?.Trim(),
                Levels = [.. levels.Select(l => new RubricLevel { Label = l.Label?.Trim() ?? "", Points = l.Points })],
            });
        }

        return rubric;
    }

    public static TEnum? ParseEnum<TEnum>(string? value, string field, ValidationErrors errors, bool required = false)
        where TEnum : struct, Enum
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            errors.AddIf(required, field, $"One of: {string.Join(", ", Enum.GetNames<TEnum>())}.");
            return null;
        }

        if (Enum.TryParse<TEnum>(value, ignoreCase: true, out var parsed) && Enum.IsDefined(parsed) && !int.TryParse(value, out _))
        {
            return parsed;
        }

        errors.Add(field, $"One of: {string.Join(", ", Enum.GetNames<TEnum>())}.");
        return null;
    }
}

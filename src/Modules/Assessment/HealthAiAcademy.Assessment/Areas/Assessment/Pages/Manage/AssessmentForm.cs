using System.Globalization;
using HealthAiAcademy.Assessment.Features.Shared;
using HealthAiAcademy.BuildingBlocks.Time;
using HealthAiAcademy.BuildingBlocks.Web;

namespace HealthAiAcademy.Assessment.Areas.Assessment.Pages.Manage;

/// <summary>The new-assessment form; the rubric is typed one criterion per line: "Validation: Missing=0; Partial=3; Thorough=6".</summary>
internal sealed class AssessmentForm
{
    public string? Title { get; set; }

    public string Kind { get; set; } = "Assignment";

    public string? Instructions { get; set; }

    public double Weight { get; set; } = 1;

    public double PassMarkPercent { get; set; } = 55;

    /// <summary>Amsterdam wall-clock time, as a datetime-local field sends it.</summary>
    public string? Due { get; set; }

    public string LatePolicy { get; set; } = "Refuse";

    public double LatePenaltyPercentPerDay { get; set; } = 10;

    public double LatePenaltyCapPercent { get; set; } = 50;

    public List<Guid> QuestionIds { get; set; } = [];

    public int MaxAttempts { get; set; } = 1;

    public int? TimeLimitMinutes { get; set; }

    public string CountedAttempt { get; set; } = "Highest";

    public string Feedback { get; set; } = "AfterAttempt";

    public bool AcceptsText { get; set; } = true;

    public bool AcceptsFile { get; set; }

    public string? AllowedFileExtensions { get; set; } = ".pdf, .docx, .txt";

    public int MaxFileKilobytes { get; set; } = 10_240;

    public bool BlindMarking { get; set; }

    public bool RequiredForCompletion { get; set; }

    public double MaxPoints { get; set; } = 10;

    public string? Rubric { get; set; }

    internal AssessmentRequest ToRequest(ValidationErrors errors)
    {
        var due = LocalTime.ToUtc(Due, "due", AcademyTime.Zone, errors, required: false);
        return new AssessmentRequest(
            Title, Kind, Instructions, Weight, PassMarkPercent, due, LatePolicy, LatePenaltyPercentPerDay, LatePenaltyCapPercent,
            QuestionIds, true, TimeLimitMinutes, MaxAttempts, CountedAttempt, Feedback, AcceptsText, AcceptsFile, MaxFileKilobytes,
            [.. (AllowedFileExtensions ?? "").Split([',', ' ', ';'], StringSplitOptions.RemoveEmptyEntries).Select(e => e.StartsWith('.') ? e : "." + e)],
            ParseRubric(Rubric, errors), MaxPoints, BlindMarking, RequiredForCompletion);
    }

    internal static IReadOnlyList<RubricCriterionRequest> ParseRubric(string? text, ValidationErrors errors)
    {
        var criteria = new List<RubricCriterionRequest>();
        var lines = (text ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        foreach (var line in lines)
        {
            var colon = line.IndexOf(':');
            if (colon <= 0)
            {
                errors.Add("rubric", $"'{line}' needs the form 'Criterion: Level=points; Level=points'.");
                continue;
            }

            var levels = new List<RubricLevelRequest>();
            foreach (var part in line[(colon + 1)..].Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                var equals = part.LastIndexOf('=');
                if (equals <= 0 || !double.TryParse(part[(equals + 1)..], NumberStyles.Float, CultureInfo.InvariantCulture, out var points))
                {
                    errors.Add("rubric", $"'{part}' needs the form 'Level=points'.");
                    continue;
                }

                levels.Add(new RubricLevelRequest(part[..equals].Trim(), points));
            }

            criteria.Add(new RubricCriterionRequest(line[..colon].Trim(), null, levels));
        }

        return criteria;
    }
}

using HealthAiAcademy.Assessment.Domain;

namespace HealthAiAcademy.Assessment.Features.Shared;

/// <summary>
/// The offering's rules for a final result: the weighted mean of all assessments (missing work counts as 0) must reach the
/// weighted mean of their pass marks, and every assessment the offering requires for completion must be passed on its own.
/// </summary>
internal static class GradebookCalculator
{
    public static double? Final(IReadOnlyList<(double Weight, double? Score)> results)
    {
        var weight = results.Sum(r => r.Weight);
        return weight <= 0 ? null : Math.Round(results.Sum(r => r.Weight * (r.Score ?? 0)) / weight, 2);
    }

    public static bool Passes(IReadOnlyList<(AssessmentDefinition Assessment, double? Score, bool Required)> results)
    {
        if (results.Count == 0)
        {
            return false;
        }

        if (results.Any(r => r.Required && !(r.Score is { } score && r.Assessment.Passes(score))))
        {
            return false;
        }

        var final = Final([.. results.Select(r => (r.Assessment.Weight, r.Score))]);
        var passMark = Final([.. results.Select(r => (r.Assessment.Weight, (double?)r.Assessment.PassMarkPercent))]);
        return final is null || final + 1e-9 >= passMark;
    }

    public static GradebookStatistics Statistics(IReadOnlyList<GradebookRow> rows)
    {
        var finals = rows.Where(r => r.FinalPercent is not null).Select(r => r.FinalPercent!.Value).OrderBy(f => f).ToList();
        var distribution = new int[10];
        foreach (var final in finals)
        {
            distribution[Math.Clamp((int)(final / 10), 0, 9)]++;
        }

        // Rows awaiting a blind release have no result yet: counting them as failures would tell markers something.
        var decided = rows.Where(r => !r.AwaitingRelease).ToList();
        return new GradebookStatistics(
            rows.Count,
            finals.Count == 0 ? null : Math.Round(finals.Average(), 2),
            Median(finals),
            decided.Count == 0 ? null : Math.Round(decided.Count(r => r.Passed) * 100.0 / decided.Count, 1),
            distribution);
    }

    public static double? Median(IReadOnlyList<double> sorted) => sorted.Count == 0
        ? null
        : sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : Math.Round((sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2, 2);
}

namespace HealthAiAcademy.Enrollment.Areas.Enrollment.Pages.Manage;

/// <summary>A Likert statement's answers as one stacked bar: the share of each score, drawn as SVG on the server (ADR 0019).</summary>
internal sealed record Distribution(string Statement, IReadOnlyList<int> Counts, double? Mean, IReadOnlyList<string> Scale)
{
    public int Width => 500;

    /// <summary>From "strongly disagree" to "strongly agree"; each at least 3:1 against white, and white gaps between them (WCAG 1.4.11).</summary>
    public static readonly IReadOnlyList<string> Colours = ["#9b1c1c", "#a34700", "#595959", "#2e6b30", "#1d4f91"];

    public int Total => Counts.Sum();

    /// <summary>Each score's segment: where it starts, how wide it is, its share in whole percent.</summary>
    public IEnumerable<(int Score, double X, double Width, int Percent)> Segments()
    {
        var x = 0.0;
        for (var i = 0; i < Counts.Count; i++)
        {
            var width = Total == 0 ? 0 : Width * Counts[i] / (double)Total;
            yield return (i + 1, x, width, Total == 0 ? 0 : (int)Math.Round(100.0 * Counts[i] / Total));
            x += width;
        }
    }
}

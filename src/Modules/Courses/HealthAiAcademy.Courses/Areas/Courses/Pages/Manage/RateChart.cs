namespace HealthAiAcademy.Courses.Areas.Courses.Pages.Manage;

/// <summary>
/// A horizontal bar chart of percentages, rendered on the server as SVG (docs/adr/0019): one group of bars per offering,
/// one bar per series; a value that does not exist yet (no attendance taken) is drawn as a dash, not as zero.
/// </summary>
internal sealed record RateChart(string Title, string Description, IReadOnlyList<string> Series, IReadOnlyList<RateChart.Group> Groups)
{
    public const int LabelWidth = 260;
    public const int BarArea = 320;
    public const int BarHeight = 14;
    public const int GroupGap = 18;

    /// <summary>Fills with at least 3:1 contrast to white (WCAG 1.4.11) and to each other's neighbours.</summary>
    public static readonly IReadOnlyList<string> Colours = ["#1d4f91", "#a34700", "#2e6b30", "#6a2c8c"];

    public int GroupHeight => (Series.Count * BarHeight) + GroupGap;

    public int Width => LabelWidth + BarArea + 60;

    public int Height => 30 + (Groups.Count * GroupHeight);

    public sealed record Group(string Label, IReadOnlyList<int?> Values);
}

using System.Globalization;
using HealthAiAcademy.Compliance.Features.GetCoverageTrend;

namespace HealthAiAcademy.Compliance.Areas.Compliance.Pages.Manage;

/// <summary>
/// The coverage trend as an SVG line chart drawn on the server (docs/adr/0019): one line per requirement over the days,
/// 0 to 100 %, a gap where a requirement asked nobody; the table beside it carries the same figures as text.
/// </summary>
internal sealed record TrendChart(string Title, string Description, CoverageTrend Trend)
{
    public const int Left = 44;
    public const int Top = 12;
    public const int PlotWidth = 560;
    public const int PlotHeight = 180;

    /// <summary>Lines with at least 3:1 contrast to white (WCAG 1.4.11); each series also has its own marker shape.</summary>
    public static readonly IReadOnlyList<string> Colours = ["#1d4f91", "#a34700", "#2e6b30", "#6a2c8c", "#8a1538", "#4d4d4d"];

    public int Width => Left + PlotWidth + 16;

    public int LegendTop => Top + PlotHeight + 36;

    public int Height => LegendTop + (Trend.Series.Count * 18) + 4;

    public double X(int index) => Left + (Trend.Days.Count <= 1 ? 0 : index * (double)PlotWidth / (Trend.Days.Count - 1));

    public static double Y(int percent) => Top + PlotHeight - (percent * PlotHeight / 100.0);

    public static string Colour(int series) => Colours[series % Colours.Count];

    /// <summary>The polyline runs of one series: consecutive days with a value, so a day without one breaks the line.</summary>
    public IEnumerable<string> Runs(TrendSeries series)
    {
        var run = new List<string>();
        for (var i = 0; i < series.Points.Count; i++)
        {
            if (series.Points[i] is { } point)
            {
                run.Add(string.Create(CultureInfo.InvariantCulture, $"{X(i):0.#},{Y(point.Percent):0.#}"));
                continue;
            }

            if (run.Count > 0)
            {
                yield return string.Join(' ', run);
            }

            run.Clear();
        }

        if (run.Count > 0)
        {
            yield return string.Join(' ', run);
        }
    }

    public string Label(int index) => Trend.Days[index].ToString(index == Trend.Days.Count - 1 ? "d MMM" : "MMM", CultureInfo.CurrentCulture);
}

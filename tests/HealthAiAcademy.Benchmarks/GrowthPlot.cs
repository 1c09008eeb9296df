using System.Globalization;
using System.Xml.Linq;

namespace HealthAiAcademy.Benchmarks;

/// <summary>
/// docs/performance-growth.svg: one panel per scenario, cost against size on a logarithmic size axis (each size ten or
/// so times the one before), every point labelled with its value, so the shape reads without a legend.
/// </summary>
internal static class GrowthPlot
{
    private const double PanelWidth = 320, PanelHeight = 240, Left = 58, Right = 16, Top = 40, Bottom = 48;

    public sealed record Series(string Title, string SizeLabel, string CostLabel, IReadOnlyList<(double Size, double Cost)> Points);

    public static string Svg(IReadOnlyList<Series> panels)
    {
        XNamespace svg = "http://www.w3.org/2000/svg";
        var width = PanelWidth * panels.Count;
        var root = new XElement(svg + "svg",
            new XAttribute("width", F(width)), new XAttribute("height", F(PanelHeight)), new XAttribute("viewBox", $"0 0 {F(width)} {F(PanelHeight)}"),
            new XAttribute("role", "img"), new XAttribute("aria-labelledby", "growth-title growth-desc"), new XAttribute("font-family", "DejaVu Sans, sans-serif"),
            new XElement(svg + "title", new XAttribute("id", "growth-title"), "Cost against size"),
            new XElement(svg + "desc", new XAttribute("id", "growth-desc"), string.Join("; ", panels.Select(p =>
                $"{p.Title}: " + string.Join(", ", p.Points.Select(pt => $"{Number(pt.Size)} {p.SizeLabel} {Number(pt.Cost)} {p.CostLabel}"))))),
            new XElement(svg + "rect", new XAttribute("width", F(width)), new XAttribute("height", F(PanelHeight)), new XAttribute("fill", "#ffffff")));
        for (var i = 0; i < panels.Count; i++)
        {
            root.Add(Panel(svg, panels[i], i * PanelWidth));
        }

        return new XDocument(root).ToString();
    }

    private static XElement Panel(XNamespace svg, Series series, double offset)
    {
        var plotWidth = PanelWidth - Left - Right;
        var plotHeight = PanelHeight - Top - Bottom;
        var minLog = Math.Log10(series.Points.Min(p => p.Size));
        var maxLog = Math.Log10(series.Points.Max(p => p.Size));
        var maxCost = Math.Max(series.Points.Max(p => p.Cost), 1e-9) * 1.15;
        double X(double size) => offset + Left + (maxLog > minLog ? (Math.Log10(size) - minLog) / (maxLog - minLog) * plotWidth : plotWidth / 2);
        double Y(double cost) => Top + plotHeight - (cost / maxCost * plotHeight);

        var panel = new XElement(svg + "g",
            new XElement(svg + "text", new XAttribute("x", F(offset + (PanelWidth / 2))), new XAttribute("y", "20"), new XAttribute("text-anchor", "middle"),
                new XAttribute("font-size", "13"), new XAttribute("font-weight", "bold"), new XAttribute("fill", "#1a1a1a"), series.Title),
            Line(svg, offset + Left, Top + plotHeight, offset + Left + plotWidth, Top + plotHeight),
            Line(svg, offset + Left, Top, offset + Left, Top + plotHeight),
            new XElement(svg + "text", new XAttribute("x", F(offset + Left + (plotWidth / 2))), new XAttribute("y", F(PanelHeight - 8)), new XAttribute("text-anchor", "middle"),
                new XAttribute("font-size", "11"), new XAttribute("fill", "#1a1a1a"), series.SizeLabel + " (logarithmic)"),
            new XElement(svg + "text", new XAttribute("x", F(offset + 14)), new XAttribute("y", F(Top + (plotHeight / 2))), new XAttribute("text-anchor", "middle"),
                new XAttribute("font-size", "11"), new XAttribute("fill", "#1a1a1a"), new XAttribute("transform", $"rotate(-90 {F(offset + 14)} {F(Top + (plotHeight / 2))})"), series.CostLabel));
        foreach (var tick in new[] { 0, 0.5, 1.0 })
        {
            var cost = maxCost / 1.15 * tick;
            panel.Add(new XElement(svg + "text", new XAttribute("x", F(offset + Left - 6)), new XAttribute("y", F(Y(cost) + 4)), new XAttribute("text-anchor", "end"),
                new XAttribute("font-size", "10"), new XAttribute("fill", "#1a1a1a"), Number(cost)));
        }

        panel.Add(new XElement(svg + "polyline", new XAttribute("fill", "none"), new XAttribute("stroke", "#005a9c"), new XAttribute("stroke-width", "2"),
            new XAttribute("points", string.Join(" ", series.Points.Select(p => $"{F(X(p.Size))},{F(Y(p.Cost))}")))));
        foreach (var (size, cost) in series.Points)
        {
            panel.Add(
                new XElement(svg + "circle", new XAttribute("cx", F(X(size))), new XAttribute("cy", F(Y(cost))), new XAttribute("r", "4"), new XAttribute("fill", "#005a9c")),
                new XElement(svg + "text", new XAttribute("x", F(X(size))), new XAttribute("y", F(Y(cost) - 9)), new XAttribute("text-anchor", "middle"),
                    new XAttribute("font-size", "10"), new XAttribute("fill", "#1a1a1a"), Number(cost)),
                new XElement(svg + "text", new XAttribute("x", F(X(size))), new XAttribute("y", F(Top + plotHeight + 15)), new XAttribute("text-anchor", "middle"),
                    new XAttribute("font-size", "10"), new XAttribute("fill", "#1a1a1a"), Number(size)));
        }

        return panel;
    }

    private static XElement Line(XNamespace svg, double x1, double y1, double x2, double y2) =>
        new(svg + "line", new XAttribute("x1", F(x1)), new XAttribute("y1", F(y1)), new XAttribute("x2", F(x2)), new XAttribute("y2", F(y2)),
            new XAttribute("stroke", "#1a1a1a"), new XAttribute("stroke-width", "1"));

    private static string Number(double value) => value switch
    {
        >= 1_000_000 => (value / 1_000_000).ToString("0.##", CultureInfo.InvariantCulture) + "M",
        >= 10_000 => (value / 1_000).ToString("0.#", CultureInfo.InvariantCulture) + "k",
        >= 100 => value.ToString("N0", CultureInfo.InvariantCulture),
        >= 10 => value.ToString("0.#", CultureInfo.InvariantCulture),
        _ => value.ToString("0.##", CultureInfo.InvariantCulture),
    };

    private static string F(double value) => value.ToString("0.#", CultureInfo.InvariantCulture);
}

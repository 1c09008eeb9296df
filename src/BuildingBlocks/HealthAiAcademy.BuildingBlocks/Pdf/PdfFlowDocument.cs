using PdfSharp;
using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace HealthAiAcademy.BuildingBlocks.Pdf;

/// <summary>
/// Text that flows down A4 portrait pages: headings, wrapped lines, progress bars; a new page when one is full, and on
/// every page a footer with its number. Enough for the academy's reports; a certificate draws its own page.
/// </summary>
public sealed class PdfFlowDocument : IDisposable
{
    private const double Margin = 48;
    private const double Top = 56;
    private const double Bottom = 64;
    private readonly PdfDocument document;
    private readonly XSolidBrush ink = new(PdfStyle.Ink);
    private PdfPage page = null!;
    private XGraphics gfx = null!;
    private double y;
    private bool finished;

    internal PdfFlowDocument(PdfDocument document)
    {
        this.document = document;
        NewPage();
    }

    /// <summary>The width lines may use.</summary>
    public double Width => page.Width.Point - 2 * Margin;

    public void Title(string value) => Text(value, 18, bold: true, after: 8);

    public void Heading(string value)
    {
        Gap(10);
        KeepTogether(40);
        Text(value, 12, bold: true, after: 4);
    }

    /// <summary>A paragraph, wrapped at word boundaries to the page width less the indent.</summary>
    public void Text(string value, double size = 10, bool bold = false, double indent = 0, double after = 2)
    {
        var font = PdfStyle.Font(size, bold);
        var lineHeight = size * 1.35;
        foreach (var line in Wrap(gfx, value, font, Width - indent))
        {
            KeepTogether(lineHeight);
            gfx.DrawString(line, font, ink, new XPoint(Margin + indent, y + size));
            y += lineHeight;
        }

        y += after;
    }

    /// <summary>A bar filled to <paramref name="percent"/> of its width, for a share at a glance; the caller writes the figure in text.</summary>
    public void Bar(double percent, double width = 300, double indent = 0)
    {
        KeepTogether(16);
        var filled = width * Math.Clamp(percent, 0, 100) / 100.0;
        gfx.DrawRectangle(new XSolidBrush(PdfStyle.Accent), Margin + indent, y, filled, 10);
        gfx.DrawRectangle(new XPen(PdfStyle.Accent, 0.75), Margin + indent, y, width, 10);
        y += 16;
    }

    public void Gap(double points) => y += points;

    /// <summary>The finished file: every page gets <paramref name="footer"/> (page number, page count) at its foot.</summary>
    public byte[] ToBytes(Func<int, int, string> footer)
    {
        ObjectDisposedException.ThrowIf(finished, this);
        finished = true;
        gfx.Dispose();
        var font = PdfStyle.Font(8);
        for (var i = 0; i < document.PageCount; i++)
        {
            var each = document.Pages[i];
            using var foot = XGraphics.FromPdfPage(each, XGraphicsPdfPageOptions.Append);
            foreach (var (line, index) in Wrap(foot, footer(i + 1, document.PageCount), font, Width).Select((l, n) => (l, n)))
            {
                foot.DrawString(line, font, ink, new XPoint(Margin, each.Height.Point - Bottom + 24 + index * 11));
            }
        }

        using var output = new MemoryStream();
        document.Save(output, false);
        return output.ToArray();
    }

    public void Dispose()
    {
        if (!finished)
        {
            gfx.Dispose();
        }

        document.Dispose();
    }

    private void KeepTogether(double height)
    {
        if (y + height > page.Height.Point - Bottom)
        {
            gfx.Dispose();
            NewPage();
        }
    }

    private void NewPage()
    {
        page = document.AddPage();
        page.Size = PageSize.A4;
        gfx = XGraphics.FromPdfPage(page);
        y = Top;
    }

    private static List<string> Wrap(XGraphics measure, string value, XFont font, double width)
    {
        var lines = new List<string>();
        foreach (var paragraph in value.Split('\n'))
        {
            var line = string.Empty;
            foreach (var word in paragraph.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                var candidate = line.Length == 0 ? word : line + " " + word;
                if (line.Length > 0 && measure.MeasureString(candidate, font).Width > width)
                {
                    lines.Add(line);
                    line = word;
                }
                else
                {
                    line = candidate;
                }
            }

            lines.Add(line);
        }

        return lines;
    }
}

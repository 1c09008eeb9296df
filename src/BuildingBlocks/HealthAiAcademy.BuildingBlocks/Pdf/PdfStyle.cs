using PdfSharp.Drawing;

namespace HealthAiAcademy.BuildingBlocks.Pdf;

/// <summary>The academy's look in its PDFs: one ink, one accent, the system font (ADR 0011).</summary>
public static class PdfStyle
{
    public static readonly XColor Ink = XColor.FromArgb(0x1a, 0x1a, 0x2e);

    public static readonly XColor Accent = XColor.FromArgb(0x0b, 0x4f, 0x6c);

    public static XFont Font(double size, bool bold = false) => new(SystemFontResolver.Family, size, bold ? XFontStyleEx.Bold : XFontStyleEx.Regular);
}

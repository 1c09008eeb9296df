using System.Globalization;
using HealthAiAcademy.Certification.Features.GetCpdDossier;
using HealthAiAcademy.Certification.Resources;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using PdfSharp;
using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace HealthAiAcademy.Certification.Rendering;

/// <summary>The CPD dossier as an A4 PDF in the reader's language: the cycle's progress as a bar, points per year, every entry.</summary>
internal sealed class CpdDossierRenderer
{
    private readonly IStringLocalizer<CertificationText> text;

    public CpdDossierRenderer(IOptions<CertificateOptions> options, IStringLocalizer<CertificationText> text)
    {
        PdfSharpFonts.Use(options.Value.FontDirectories);
        this.text = text;
    }

    public byte[] Render(CpdDossier dossier, DateOnly today)
    {
        using var document = new PdfDocument();
        document.Options.CompressContentStreams = false;
        document.Info.Title = text["CPD dossier of {0}", dossier.HolderName];
        document.Info.Creator = "Health AI Academy";
        var page = NewPage(document);
        var gfx = XGraphics.FromPdfPage(page);
        var ink = new XSolidBrush(PdfStyle.Ink);
        var y = 56.0;
        void Line(string value, XFont font, double advance)
        {
            if (y > page.Height.Point - 60)
            {
                gfx.Dispose();
                page = NewPage(document);
                gfx = XGraphics.FromPdfPage(page);
                y = 56;
            }

            gfx.DrawString(value, font, ink, new XPoint(48, y));
            y += advance;
        }

        Line(text["CPD dossier of {0}", dossier.HolderName], PdfStyle.Font(18, bold: true), 24);
        Line(string.Join(" · ", new[] { dossier.Profession, dossier.RegistrationNumber is { } number ? text["Registration number {0}", number].Value : null, text["as of {0}", Date(today)].Value }
            .Where(part => !string.IsNullOrEmpty(part))), PdfStyle.Font(10), 26);
        if (dossier.Cycle is { } cycle)
        {
            Line(text["Re-registration cycle {0} – {1}: {2} of {3} points ({4}%)", Date(cycle.StartsOn), Date(cycle.EndsOn), Number(cycle.Points), Number(cycle.TargetPoints), cycle.Percent],
                PdfStyle.Font(11, bold: true), 12);
            gfx.DrawRectangle(new XPen(PdfStyle.Accent, 0.75), 48, y, 400, 12);
            gfx.DrawRectangle(new XSolidBrush(PdfStyle.Accent), 48, y, 400 * cycle.Percent / 100.0, 12);
            y += 30;
        }

        Line(text["Points per year and registry"], PdfStyle.Font(12, bold: true), 18);
        foreach (var year in dossier.Years)
        {
            Line($"{year.Year}   {year.Registry}   {text["{0} points", Number(year.Points)]}", PdfStyle.Font(10), 14);
        }

        y += 12;
        Line(text["Education"], PdfStyle.Font(12, bold: true), 18);
        foreach (var entry in dossier.Entries)
        {
            Line($"{Date(entry.CompletedOn)}   {entry.Title}", PdfStyle.Font(10, bold: true), 13);
            Line($"      {entry.Provider} · {entry.Registry} · {text["{0} points", Number(entry.Points)]}"
                + (entry.CertificateNumber is { } certificate ? " · " + text["Certificate {0}", certificate] : entry.HasEvidence ? " · " + text["evidence kept"] : ""),
                PdfStyle.Font(9), 16);
        }

        gfx.Dispose();
        using var output = new MemoryStream();
        document.Save(output, false);
        return output.ToArray();
    }

    private static PdfPage NewPage(PdfDocument document)
    {
        var page = document.AddPage();
        page.Size = PageSize.A4;
        return page;
    }


    private static string Date(DateOnly date) => date.ToString("d MMMM yyyy", CultureInfo.CurrentCulture);

    private static string Number(double value) => value.ToString("0.##", CultureInfo.CurrentCulture);
}

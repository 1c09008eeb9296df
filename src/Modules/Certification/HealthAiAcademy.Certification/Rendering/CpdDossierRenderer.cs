using System.Globalization;
using HealthAiAcademy.BuildingBlocks.Pdf;
using HealthAiAcademy.Certification.Features.GetCpdDossier;
using HealthAiAcademy.Certification.Resources;
using Microsoft.Extensions.Localization;

namespace HealthAiAcademy.Certification.Rendering;

/// <summary>The CPD dossier as an A4 PDF in the reader's language: the cycle's progress as a bar, points per year, every entry.</summary>
internal sealed class CpdDossierRenderer(PdfDocuments pdf, IStringLocalizer<CertificationText> text)
{
    public byte[] Render(CpdDossier dossier, DateOnly today)
    {
        using var document = pdf.Flowing(text["CPD dossier of {0}", dossier.HolderName]);
        document.Title(text["CPD dossier of {0}", dossier.HolderName]);
        document.Text(string.Join(" · ", new[] { dossier.Profession, dossier.RegistrationNumber is { } number ? text["Registration number {0}", number].Value : null, text["as of {0}", Date(today)].Value }
            .Where(part => !string.IsNullOrEmpty(part))), after: 12);
        if (dossier.Cycle is { } cycle)
        {
            document.Text(text["Re-registration cycle {0} – {1}: {2} of {3} points ({4}%)", Date(cycle.StartsOn), Date(cycle.EndsOn), Number(cycle.Points), Number(cycle.TargetPoints), cycle.Percent],
                11, bold: true, after: 4);
            document.Bar(cycle.Percent, width: 400);
        }

        document.Heading(text["Points per year and registry"]);
        foreach (var year in dossier.Years)
        {
            document.Text($"{year.Year}   {year.Registry}   {text["{0} points", Number(year.Points)]}");
        }

        document.Heading(text["Education"]);
        foreach (var entry in dossier.Entries)
        {
            document.Text($"{Date(entry.CompletedOn)}   {entry.Title}", bold: true, after: 0);
            document.Text($"{entry.Provider} · {entry.Registry} · {text["{0} points", Number(entry.Points)]}"
                + (entry.CertificateNumber is { } certificate ? " · " + text["Certificate {0}", certificate] : entry.HasEvidence ? " · " + text["evidence kept"] : ""),
                9, indent: 24, after: 4);
        }

        return document.ToBytes((page, pages) => text["{0} · page {1} of {2}", dossier.HolderName, page, pages]);
    }

    private static string Date(DateOnly date) => date.ToString("d MMMM yyyy", CultureInfo.CurrentCulture);

    private static string Number(double value) => value.ToString("0.##", CultureInfo.CurrentCulture);
}

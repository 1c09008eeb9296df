using System.Globalization;
using HealthAiAcademy.BuildingBlocks.Localization;
using HealthAiAcademy.BuildingBlocks.Pdf;
using HealthAiAcademy.Certification.Domain;
using HealthAiAcademy.Certification.Resources;
using Microsoft.Extensions.Localization;
using PdfSharp;
using PdfSharp.Drawing;
using PdfSharp.Pdf;
using QRCoder;

namespace HealthAiAcademy.Certification.Rendering;

/// <summary>
/// An A4 landscape certificate drawn with PDFsharp 6.2 (MIT), fonts subset-embedded, QR code to the verification page, in the
/// certificate's language (dates and numbers in its culture).
/// </summary>
internal sealed class PdfSharpCertificateRenderer : ICertificateRenderer
{
    private readonly PdfDocuments pdf;
    private readonly IStringLocalizer<CertificationText> text;

    public PdfSharpCertificateRenderer(PdfDocuments pdf, IStringLocalizer<CertificationText> text)
    {
        this.pdf = pdf;
        this.text = text;
    }

    public byte[] Render(Certificate certificate, string verificationUrl)
    {
        using var language = AcademyLanguages.Use(certificate.Language);
        using var document = pdf.Blank(text["Certificate {0}", certificate.Number], certificate.Institution);
        document.Info.Subject = $"{certificate.OfferingTitle} – {certificate.HolderName}";
        document.Info.Keywords = $"certificate; CPD; {certificate.Number}; {certificate.CourseCode}";
        var page = document.AddPage();
        page.Size = PageSize.A4;
        page.Orientation = PageOrientation.Landscape;
        using (var gfx = XGraphics.FromPdfPage(page))
        {
            Draw(gfx, page.Width.Point, page.Height.Point, certificate, verificationUrl);
        }

        using var output = new MemoryStream();
        document.Save(output, false);
        return output.ToArray();
    }

    private void Draw(XGraphics gfx, double width, double height, Certificate c, string verificationUrl)
    {
        var ink = new XSolidBrush(PdfStyle.Ink);
        var accent = new XSolidBrush(PdfStyle.Accent);
        gfx.DrawRectangle(new XPen(PdfStyle.Accent, 3), 24, 24, width - 48, height - 48);
        gfx.DrawRectangle(new XPen(PdfStyle.Accent, 0.75), 32, 32, width - 64, height - 64);

        var y = 60.0;
        Centered(gfx, c.Institution.ToUpperInvariant(), PdfStyle.Font(12, bold: true), accent, width, ref y, 22);
        Centered(gfx, c.Template switch
        {
            CertificateTemplate.Participation => text["Certificate of Participation"],
            CertificateTemplate.Transcript => text["Certificate of Completion and Transcript"],
            _ => text["Certificate of Completion"],
        }, PdfStyle.Font(28, bold: true), ink, width, ref y, 42);
        Centered(gfx, text["This certifies that"], PdfStyle.Font(11), ink, width, ref y, 28);
        Centered(gfx, c.HolderName, PdfStyle.Font(24, bold: true), accent, width, ref y, 24);
        if (c.RegistrationNumber is not null)
        {
            Centered(gfx, text["Registration number {0}", c.RegistrationNumber], PdfStyle.Font(10), ink, width, ref y, 18);
        }

        y += 6;
        Centered(gfx, c.Template == CertificateTemplate.Participation ? text["took part in"] : text["successfully completed"], PdfStyle.Font(11), ink, width, ref y, 22);
        Centered(gfx, c.OfferingTitle, PdfStyle.Font(17, bold: true), ink, width, ref y, 22);
        var place = c.Location is null ? c.Delivery : $"{c.Delivery}, {c.Location}";
        Centered(gfx, $"{c.CourseCode} · {c.OfferingKind} · {place}", PdfStyle.Font(10), ink, width, ref y, 16);
        var load = text["{0} hours study load", c.StudyLoadHours] + (c.Ects is { } ects ? $" · {ects.ToString("0.#", CultureInfo.CurrentCulture)} ECTS" : "");
        Centered(gfx, $"{Date(c.StartDate)} – {Date(c.EndDate)} · {load} · {text["attendance {0}%", c.AttendancePercent]}", PdfStyle.Font(10), ink, width, ref y, 20);

        if (c.Points.Count > 0)
        {
            Centered(gfx, text["Accreditation:"] + " " + string.Join("; ", c.Points.Select(p =>
                $"{p.Registry} {(p.MaximumPoints > p.Points
                    ? text["{0} of {1} points (partial attendance)", p.Points.ToString("0.##", CultureInfo.CurrentCulture), p.MaximumPoints.ToString("0.##", CultureInfo.CurrentCulture)]
                    : text["{0} points", p.Points.ToString("0.##", CultureInfo.CurrentCulture)])} ({p.AccreditationId}, {p.Profession})")), PdfStyle.Font(10, bold: true), ink, width, ref y, 18);
        }
        else if (c.AccreditedFor.Count > 0)
        {
            var accreditedFor = string.Join(", ", c.AccreditedFor);
            Centered(gfx, c.HolderProfession is { } profession
                ? text["Not accredited for {0}; the course is accredited for: {1}.", profession, accreditedFor]
                : text["No accreditation points: the profile states no profession; the course is accredited for: {0}.", accreditedFor], PdfStyle.Font(10), ink, width, ref y, 18);
        }

        if (c.Transcript.Count > 0)
        {
            y += 4;
            foreach (var line in c.Transcript.Take(8))
            {
                Centered(gfx, $"{line.Title}: {line.ScorePercent.ToString("0.#", CultureInfo.CurrentCulture)}% {(line.Passed ? text["(passed)"] : text["(not passed)"])}", PdfStyle.Font(9), ink, width, ref y, 13);
            }

            if (c.FinalScorePercent is { } final)
            {
                Centered(gfx, text["Final weighted score: {0}%", final.ToString("0.#", CultureInfo.CurrentCulture)], PdfStyle.Font(9, bold: true), ink, width, ref y, 14);
            }
        }
        else if (c.LearningOutcomes.Count > 0)
        {
            y += 2;
            Centered(gfx, text["Learning outcomes:"] + " " + string.Join(" · ", c.LearningOutcomes.Take(5)), PdfStyle.Font(9), ink, width, ref y, 13, wrapWidth: width - 220);
        }

        var bottom = height - 120;
        gfx.DrawLine(new XPen(PdfStyle.Ink, 0.75), 70, bottom + 18, 290, bottom + 18);
        gfx.DrawString(c.Signatory, PdfStyle.Font(10, bold: true), ink, new XPoint(70, bottom + 32));
        gfx.DrawString(c.SignatoryTitle, PdfStyle.Font(9), ink, new XPoint(70, bottom + 45));
        gfx.DrawString(text["Issued {0}", Date(BuildingBlocks.Time.AcademyTime.DateOf(c.IssuedAtUtc))] + (c.ExpiresOn is { } expires ? text[" · valid until {0}", Date(expires)] : ""), PdfStyle.Font(9), ink, new XPoint(70, bottom + 58));
        gfx.DrawString(text["Certificate {0}", c.Number], PdfStyle.Font(9, bold: true), ink, new XPoint(70, bottom + 71));

        var qrSize = 84.0;
        var qrX = width - 70 - qrSize;
        using (var qr = XImage.FromStream(new MemoryStream(QrPng(verificationUrl))))
        {
            gfx.DrawImage(qr, qrX, bottom - 10, qrSize, qrSize);
        }

        var right = new XRect(qrX - 330, bottom - 6, 320, 12);
        gfx.DrawString(text["Verify this certificate:"], PdfStyle.Font(8), ink, right, XStringFormats.TopRight);
        right.Offset(0, 12);
        gfx.DrawString(verificationUrl, PdfStyle.Font(8), accent, right, XStringFormats.TopRight);
        right.Offset(0, 12);
        gfx.DrawString(text["Verification code {0}", c.VerificationCode], PdfStyle.Font(8, bold: true), ink, right, XStringFormats.TopRight);
    }

    private static void Centered(XGraphics gfx, string text, XFont font, XBrush brush, double width, ref double y, double advance, double? wrapWidth = null)
    {
        foreach (var line in Wrap(gfx, text, font, wrapWidth ?? width - 120))
        {
            gfx.DrawString(line, font, brush, new XRect(0, y, width, advance), XStringFormats.TopCenter);
            y += advance;
        }
    }

    private static IEnumerable<string> Wrap(XGraphics gfx, string text, XFont font, double maxWidth)
    {
        var line = "";
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var candidate = line.Length == 0 ? word : $"{line} {word}";
            if (line.Length > 0 && gfx.MeasureString(candidate, font).Width > maxWidth)
            {
                yield return line;
                line = word;
            }
            else
            {
                line = candidate;
            }
        }

        if (line.Length > 0)
        {
            yield return line;
        }
    }


    private static string Date(DateOnly date) => date.ToString("d MMMM yyyy", CultureInfo.CurrentCulture);

    /// <summary>RGBA colours explicitly: QRCoder's default 1-bit PNG is not one PDFsharp reads.</summary>
    private static byte[] QrPng(string url)
    {
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(url, QRCodeGenerator.ECCLevel.M);
        return new PngByteQRCode(data).GetGraphic(4, [0, 0, 0, 255], [255, 255, 255, 255]);
    }
}

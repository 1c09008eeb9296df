using Microsoft.Extensions.Options;
using PdfSharp.Pdf;

namespace HealthAiAcademy.BuildingBlocks.Pdf;

/// <summary>Starts the academy's PDFs once the process-wide fonts are set up: a blank document, or one that flows text over A4 pages.</summary>
public sealed class PdfDocuments
{
    public PdfDocuments(IOptions<PdfOptions> options) => PdfSharpFonts.Use(options.Value.FontDirectories);

    public PdfDocument Blank(string title, string? author = null)
    {
        var document = new PdfDocument();
        // PDFsharp's deflater leaves its streams without the final block; readers accept that, but qpdf --check warns on
        // the page's content stream. Left uncompressed it costs under a kilobyte (docs/adr/0011).
        document.Options.CompressContentStreams = false;
        document.Info.Title = title;
        document.Info.Creator = "Health AI Academy";
        if (author is not null)
        {
            document.Info.Author = author;
        }

        return document;
    }

    public PdfFlowDocument Flowing(string title, string? author = null) => new(Blank(title, author));
}

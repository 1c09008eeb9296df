namespace HealthAiAcademy.BuildingBlocks.Pdf;

/// <summary>The <c>Pdf</c> configuration section: where the TrueType fonts every PDF of the academy uses are found.</summary>
public sealed class PdfOptions
{
    public const string SectionName = "Pdf";

    /// <summary>Folders with DejaVu Sans (Debian's fonts-dejavu-core); no font files are committed.</summary>
    public List<string> FontDirectories { get; set; } = ["/usr/share/fonts/truetype/dejavu"];
}

using PdfSharp.Fonts;

namespace HealthAiAcademy.BuildingBlocks.Pdf;

/// <summary>PDFsharp finds no fonts on Linux by itself: this serves DejaVu Sans from the configured system folders.</summary>
internal sealed class SystemFontResolver(IReadOnlyList<string> directories) : IFontResolver
{
    public const string Family = "DejaVu Sans";

    private static readonly Dictionary<string, string> Files = new(StringComparer.Ordinal)
    {
        ["DejaVuSans"] = "DejaVuSans.ttf",
        ["DejaVuSans-Bold"] = "DejaVuSans-Bold.ttf",
        ["DejaVuSans-Oblique"] = "DejaVuSans-Oblique.ttf",
        ["DejaVuSans-BoldOblique"] = "DejaVuSans-BoldOblique.ttf",
    };

    public FontResolverInfo? ResolveTypeface(string familyName, bool isBold, bool isItalic) =>
        new((isBold, isItalic) switch
        {
            (true, true) => "DejaVuSans-BoldOblique",
            (true, false) => "DejaVuSans-Bold",
            (false, true) => "DejaVuSans-Oblique",
            _ => "DejaVuSans",
        });

    public byte[]? GetFont(string faceName)
    {
        var file = Files.GetValueOrDefault(faceName) ?? Files["DejaVuSans"];
        foreach (var directory in directories)
        {
            var path = Path.Combine(directory, file);
            if (File.Exists(path))
            {
                return File.ReadAllBytes(path);
            }
        }

        throw new FileNotFoundException(
            $"Font {file} was not found in {string.Join(", ", directories)}. Install Debian's fonts-dejavu-core or set Pdf:FontDirectories.");
    }
}

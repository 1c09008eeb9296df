using PdfSharp.Fonts;

namespace HealthAiAcademy.BuildingBlocks.Pdf;

/// <summary>
/// PDFsharp keeps its font resolver in one process-wide setting that can be set only once. Every host in the process
/// (the tests start many) asks for the same folders, so the first request sets it and later identical ones are no-ops;
/// a host that asks for other folders is refused loudly instead of silently rendering with the first host's fonts.
/// </summary>
public static class PdfSharpFonts
{
    private static readonly Lock SetupLock = new();
    private static string[]? configured;

    public static void Use(IReadOnlyList<string> requested)
    {
        // Configuration binding appends appsettings' list to the default one, so the same folder can come twice.
        var directories = requested.Distinct(StringComparer.Ordinal).ToArray();
        lock (SetupLock)
        {
            if (configured is null)
            {
                GlobalFontSettings.FontResolver = new SystemFontResolver(directories);
                configured = directories;
                return;
            }

            if (!configured.SequenceEqual(directories, StringComparer.Ordinal))
            {
                throw new InvalidOperationException(
                    $"PDFsharp's fonts are process-wide and already come from {string.Join(", ", configured)}; " +
                    $"this process cannot also use {string.Join(", ", directories)}. Give every host the same Pdf:FontDirectories.");
            }
        }
    }
}

using System.Text.RegularExpressions;

namespace HealthAiAcademy.Assessment.Features.Shared;

/// <summary>What an uploaded file may be called and what it is stored as.</summary>
internal static partial class FileRules
{
    public static readonly IReadOnlyList<string> DefaultExtensions = [".pdf", ".docx", ".txt", ".md", ".ipynb", ".py", ".r", ".zip"];

    public static bool IsWellFormedExtension(string? extension) => extension is not null && ExtensionPattern().IsMatch(extension.Trim());

    /// <summary>The file name without any path and without characters that could break a header or a file system.</summary>
    public static string SafeFileName(string fileName)
    {
        var name = Path.GetFileName(fileName.Replace('\\', '/'));
        var cleaned = UnsafeCharacters().Replace(name, "_").Trim('.', ' ');
        return cleaned.Length == 0 ? "upload" : cleaned[..Math.Min(cleaned.Length, 150)];
    }

    [GeneratedRegex(@"^\.[A-Za-z0-9]{1,10}$")]
    private static partial Regex ExtensionPattern();

    [GeneratedRegex(@"[^\p{L}\p{N}._\- ]")]
    private static partial Regex UnsafeCharacters();
}

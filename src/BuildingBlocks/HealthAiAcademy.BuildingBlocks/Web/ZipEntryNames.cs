using System.Globalization;
using System.Text;

namespace HealthAiAcademy.BuildingBlocks.Web;

/// <summary>
/// Names of files inside downloaded ZIPs, made from people's names and uploads. Whatever they hold, an entry unpacks as
/// the file it says on Windows, macOS and Linux: no path out of the folder (<c>..</c>, <c>\</c>, a leading <c>/</c>), no
/// characters Windows refuses, no control or direction-changing characters, no reserved device names, no trailing dots.
/// </summary>
public static class ZipEntryNames
{
    private const int MaxSegmentLength = 120;

    private static readonly HashSet<string> ReservedOnWindows = new(StringComparer.OrdinalIgnoreCase)
    {
        "CON", "PRN", "AUX", "NUL", "COM1", "COM2", "COM3", "COM4", "COM5", "COM6", "COM7", "COM8", "COM9",
        "LPT1", "LPT2", "LPT3", "LPT4", "LPT5", "LPT6", "LPT7", "LPT8", "LPT9",
    };

    /// <summary>One file name: every separator becomes <c>_</c>.</summary>
    public static string File(string name) => Segment(name);

    /// <summary>A path whose <c>/</c> are the archive's own folders; each part is made safe as a file name.</summary>
    public static string Path(string path) => string.Join('/', path.Split('/', StringSplitOptions.RemoveEmptyEntries).Select(Segment).DefaultIfEmpty("file"));

    private static string Segment(string name)
    {
        var cleaned = new StringBuilder(name.Length);
        foreach (var ch in name.Normalize(NormalizationForm.FormC))
        {
            var category = char.GetUnicodeCategory(ch);
            var unsafeCharacter = ch is '\\' or '/' or ':' or '*' or '?' or '"' or '<' or '>' or '|'
                || category is UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator
                    or UnicodeCategory.Surrogate or UnicodeCategory.PrivateUse or UnicodeCategory.OtherNotAssigned;
            cleaned.Append(unsafeCharacter ? '_' : ch);
        }

        var result = cleaned.ToString().Trim().TrimEnd('.', ' ');
        if (result.Length == 0 || result.All(c => c == '.'))
        {
            return "_";
        }

        var stem = result.Split('.')[0].TrimEnd(' ');
        if (ReservedOnWindows.Contains(stem))
        {
            result = "_" + result;
        }

        return result.Length <= MaxSegmentLength ? result : result[..MaxSegmentLength].TrimEnd('.', ' ');
    }
}

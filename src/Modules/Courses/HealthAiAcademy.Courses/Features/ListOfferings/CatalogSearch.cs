using System.Globalization;
using System.Text;

namespace HealthAiAcademy.Courses.Features.ListOfferings;

/// <summary>
/// What a catalog search finds: offerings whose title, summary, course code or topics contain every word of the query,
/// whatever its case or accents ("zorg" finds "Zorg", "reanimatie" finds "réanimatie"). Done in memory over the published
/// catalog, which is small, because neither SQLite nor every SQL Server collation compares accent-insensitively.
/// </summary>
internal static class CatalogSearch
{
    public static IReadOnlyList<string> Words(string? query) =>
        string.IsNullOrWhiteSpace(query) ? [] : [.. query.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Select(Fold).Distinct()];

    /// <summary>The text a query's words are matched against: the fields folded and joined, once per catalog snapshot.</summary>
    public static string SearchText(params IEnumerable<string?> fields) => Fold(string.Join(' ', fields.Where(f => f is not null)));

    public static bool Matches(IReadOnlyList<string> words, string searchText) =>
        words.All(word => searchText.Contains(word, StringComparison.Ordinal));

    /// <summary>Letters Unicode does not decompose into a base letter and a mark.</summary>
    private static readonly Dictionary<char, string> Unmarked = new()
    {
        ['ł'] = "l", ['ø'] = "o", ['đ'] = "d", ['ß'] = "ss", ['æ'] = "ae", ['œ'] = "oe", ['ı'] = "i",
    };

    /// <summary>Lower case without diacritics.</summary>
    public static string Fold(string value)
    {
        var decomposed = value.Normalize(NormalizationForm.FormD);
        var kept = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed.Where(c => CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark))
        {
            var lower = char.ToLowerInvariant(c);
            if (Unmarked.TryGetValue(lower, out var plain))
            {
                kept.Append(plain);
            }
            else
            {
                kept.Append(lower);
            }
        }

        return kept.ToString().Normalize(NormalizationForm.FormC);
    }
}

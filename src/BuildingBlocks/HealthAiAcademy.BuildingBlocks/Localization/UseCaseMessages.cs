using System.Collections;
using System.Collections.Concurrent;
using System.Globalization;
using System.Resources;
using System.Text.RegularExpressions;

namespace HealthAiAcademy.BuildingBlocks.Localization;

/// <summary>
/// What use cases and entities say when they refuse (validation messages, refusals, broken rules) is written in English,
/// which is also its key in the module's resource file, and reaches the reader in the request's language: every
/// <see cref="Web.ValidationErrors"/> message and <see cref="Web.Outcome{T}"/> detail passes through here. A message with
/// values in it (<c>At most 40 characters.</c>) is found by its resource's pattern (<c>At most {0} characters.</c>) and
/// the values are put into the translation. A text no resource knows (already translated, or made of data) passes as is.
/// </summary>
public static partial class UseCaseMessages
{
    private static readonly ConcurrentDictionary<string, Catalog> Catalogs = new(StringComparer.Ordinal);

    /// <summary>Adds the resources (English keys, <c>.nl</c> translations) whose messages a module's use cases write.</summary>
    public static void Register(Type resource) =>
        Catalogs.GetOrAdd(resource.FullName!, _ => new Catalog(new ResourceManager(resource.FullName!, resource.Assembly)));

    /// <summary>The message in the current UI culture's language.</summary>
    public static string Translate(string english)
    {
        var culture = CultureInfo.CurrentUICulture;
        if (string.IsNullOrEmpty(english) || culture.TwoLetterISOLanguageName == AcademyLanguages.English || Catalogs.IsEmpty)
        {
            return english;
        }

        if (Exact(english, culture) is { } exact)
        {
            return exact;
        }

        foreach (var catalog in Catalogs.Values)
        {
            foreach (var (key, pattern) in catalog.Patterns)
            {
                var match = pattern.Match(english);
                if (match.Success && catalog.Resources.GetString(key, culture) is { } template)
                {
                    var values = Enumerable.Range(0, match.Groups.Count - 1)
                        .Select(i => match.Groups[$"v{i}"] is { Success: true } value ? (object)(Exact(value.Value, culture) ?? value.Value) : string.Empty)
                        .ToArray();
                    return string.Format(culture, template, values);
                }
            }
        }

        return english;
    }

    private static string? Exact(string english, CultureInfo culture)
    {
        foreach (var catalog in Catalogs.Values)
        {
            if (catalog.Keys.Contains(english))
            {
                return catalog.Resources.GetString(english, culture);
            }
        }

        return null;
    }

    private sealed class Catalog
    {
        public Catalog(ResourceManager resources)
        {
            Resources = resources;
            var neutral = resources.GetResourceSet(CultureInfo.InvariantCulture, createIfNotExists: true, tryParents: false);
            Keys = neutral is null ? [] : [.. neutral.Cast<DictionaryEntry>().Select(e => (string)e.Key)];
            Patterns = [.. Keys.Where(k => Placeholder().IsMatch(k)).OrderByDescending(k => k.Length).Select(k => (k, PatternOf(k)))];
        }

        public ResourceManager Resources { get; }

        public HashSet<string> Keys { get; }

        public IReadOnlyList<(string Key, Regex Pattern)> Patterns { get; }

        private static Regex PatternOf(string key)
        {
            var escaped = Regex.Escape(key);
            var pattern = EscapedPlaceholder().Replace(escaped, m => $"(?<v{m.Groups[1].Value}>.+?)");
            return new Regex($"^{pattern}$", RegexOptions.Singleline | RegexOptions.CultureInvariant, TimeSpan.FromMilliseconds(50));
        }
    }

    [GeneratedRegex(@"\{\d+\}")]
    private static partial Regex Placeholder();

    [GeneratedRegex(@"\\\{(\d+)}")]
    private static partial Regex EscapedPlaceholder();
}

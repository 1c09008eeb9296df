using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace HealthAiAcademy.UnitTests.Localization;

/// <summary>
/// Every word a person reads comes from a resource file in English (the key) and Dutch. These tests read the sources:
/// a text used in a page or class (<c>T["..."]</c> in Razor, <c>text["..."]</c> in C#) must be in its project's resources
/// in both languages, with the same placeholders, and a resource nobody uses any more is reported too.
/// </summary>
public sealed partial class ResourceFileTests
{
    private static readonly string Root = FindRoot();

    public static TheoryData<string> Projects()
    {
        var data = new TheoryData<string>();
        foreach (var project in Directory.EnumerateFiles(Path.Combine(Root, "src"), "*.csproj", SearchOption.AllDirectories)
                     .Select(Path.GetDirectoryName)
                     .Where(dir => ResourceFiles(dir!).Any())
                     .Order())
        {
            data.Add(Path.GetRelativePath(Root, project!));
        }

        return data;
    }

    [Fact]
    public void The_host_and_every_module_with_pages_have_resources() =>
        Assert.True(Projects().Count >= 1, "No project has resource files: the scan found nothing to check.");

    [Theory]
    [MemberData(nameof(Projects))]
    public void Every_english_text_has_a_dutch_translation_with_the_same_placeholders(string project)
    {
        var problems = new List<string>();
        foreach (var english in ResourceFiles(Path.Combine(Root, project)))
        {
            var dutchPath = Path.ChangeExtension(english, null) + ".nl.resx";
            var en = Read(english);
            var nl = File.Exists(dutchPath) ? Read(dutchPath) : [];
            problems.AddRange(en.Keys.Except(nl.Keys).Select(k => $"{Path.GetFileName(dutchPath)} lacks \"{k}\""));
            problems.AddRange(nl.Keys.Except(en.Keys).Select(k => $"{Path.GetFileName(english)} lacks \"{k}\""));
            problems.AddRange(nl.Where(p => string.IsNullOrWhiteSpace(p.Value)).Select(p => $"\"{p.Key}\" has no Dutch text"));
            // The resource compiler keeps one of two names that differ only in case and drops the other without an error.
            problems.AddRange(en.Keys.GroupBy(k => k, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1)
                .Select(g => $"{Path.GetFileName(english)} has keys that differ only in case: {string.Join(", ", g.Select(k => $"\"{k}\""))}"));
            problems.AddRange(en.Keys.Intersect(nl.Keys)
                .Where(k => !Placeholders(en[k]).SetEquals(Placeholders(nl[k])))
                .Select(k => $"\"{k}\" has other placeholders in Dutch"));
        }

        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }

    [Theory]
    [MemberData(nameof(Projects))]
    public void Every_text_the_code_asks_for_is_in_the_resources_and_every_resource_is_used(string project)
    {
        var directory = Path.Combine(Root, project);
        var keys = ResourceFiles(directory).SelectMany(f => Read(f).Keys).ToHashSet(StringComparer.Ordinal);
        var used = SourceFiles(directory)
            .SelectMany(file => UsedText().Matches(File.ReadAllText(file)).Select(m => (File: file, Key: Regex.Unescape(m.Groups["key"].Value)))
                .Concat(UseCaseMessagesIn(file).Select(key => (File: file, Key: key))))
            .ToList();

        var missing = used.Where(u => !keys.Contains(u.Key)).Select(u => $"{Path.GetRelativePath(directory, u.File)}: \"{u.Key}\" is in no resource file").Distinct();
        var unused = keys.Except(used.Select(u => u.Key)).Select(k => $"\"{k}\" is used nowhere");

        var problems = missing.Concat(unused).ToList();
        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
        Assert.NotEmpty(used);
    }

    /// <summary>
    /// What use cases and entities say when they refuse, in English, as its resource key: validation messages
    /// (<c>errors.AddIf(..., "field", "message")</c>), refusals (<c>Forbidden("...")</c>, <c>Conflict</c>, <c>NotFound</c>), broken
    /// rules, <c>UseCaseMessages.Translate("...")</c> and refusals shared in a constant. Values interpolated into a message are
    /// its placeholders, in order.
    /// </summary>
    private static IEnumerable<string> UseCaseMessagesIn(string file)
    {
        if (!file.EndsWith(".cs", StringComparison.Ordinal))
        {
            yield break;
        }

        var source = File.ReadAllText(file);
        foreach (var match in Refusal().Matches(source).Concat(FieldMessage().Matches(source)).Concat(SharedRefusal().Matches(source)))
        {
            var text = Regex.Unescape(match.Groups["text"].Value);
            if (match.Groups["interpolated"].Value.Length == 0)
            {
                yield return text;
                continue;
            }

            var index = 0;
            yield return Hole().Replace(text, _ => $"{{{index++}}}");
        }
    }

    private static IEnumerable<string> ResourceFiles(string directory) =>
        Directory.EnumerateFiles(directory, "*.resx", SearchOption.AllDirectories)
            .Where(f => !IsBuildOutput(f) && !Path.GetFileNameWithoutExtension(f).Contains('.'));

    private static IEnumerable<string> SourceFiles(string directory) =>
        Directory.EnumerateFiles(directory, "*.*", SearchOption.AllDirectories)
            .Where(f => (f.EndsWith(".cs", StringComparison.Ordinal) || f.EndsWith(".cshtml", StringComparison.Ordinal)) && !IsBuildOutput(f));

    private static bool IsBuildOutput(string path) =>
        path.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
        || path.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal);

    private static Dictionary<string, string> Read(string path) =>
        XDocument.Load(path).Root!.Elements("data").ToDictionary(d => (string)d.Attribute("name")!, d => (string?)d.Element("value") ?? string.Empty);

    private static HashSet<string> Placeholders(string text) => [.. Placeholder().Matches(text).Select(m => m.Value)];

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "HealthAiAcademy.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("The repository root (HealthAiAcademy.sln) was not found above the test's folder.");
    }

    [GeneratedRegex("""\b(?:T|text)\[\s*"(?<key>(?:[^"\\]|\\.)*)"\s*[\],]""")]
    private static partial Regex UsedText();

    [GeneratedRegex(@"\{\d+(?::[^}]*)?\}")]
    private static partial Regex Placeholder();

    [GeneratedRegex("""\b(?:Forbidden|Conflict|NotFound|BusinessRuleViolationException|Translate)\(\s*(?<interpolated>\$?)"(?<text>(?:[^"\\{]|\\.|\{[^{}]*\})*)"\s*\)""")]
    private static partial Regex Refusal();

    /// <summary>A refusal several use cases share, kept in a constant (<c>const string MaintainRefusal = "..."</c>).</summary>
    [GeneratedRegex("""\bconst\s+string\s+\w*(?:Refusal|Meanwhile)\s*=\s*(?<interpolated>)"(?<text>(?:[^"\\]|\\.)*)"\s*;""")]
    private static partial Regex SharedRefusal();

    [GeneratedRegex("""\b(?:AddIf\([^;]*?|Add\()\s*(?:"[A-Za-z][A-Za-z0-9_.\[\]]*"|[a-z_][A-Za-z0-9_]*|\$"[^"]*"),\s*(?<interpolated>\$?)"(?<text>(?:[^"\\{]|\\.|\{[^{}]*\})*)"\s*\)""")]
    private static partial Regex FieldMessage();

    [GeneratedRegex(@"\{[^{}]*\}")]
    private static partial Regex Hole();
}

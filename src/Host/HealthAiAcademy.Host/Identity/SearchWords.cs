namespace HealthAiAcademy.Host.Identity;

/// <summary>A search box's words as LIKE patterns (each word anywhere, with its own % and _ taken literally; escape character '\').</summary>
internal static class SearchWords
{
    public const string Escape = "\\";

    public static IEnumerable<string> Patterns(string? search) =>
        (search ?? string.Empty).Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Take(5)
            .Select(word => "%" + word.Replace("\\", "\\\\").Replace("%", "\\%").Replace("_", "\\_") + "%");
}

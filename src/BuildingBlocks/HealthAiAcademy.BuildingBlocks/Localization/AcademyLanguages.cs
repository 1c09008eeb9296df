using System.Globalization;

namespace HealthAiAcademy.BuildingBlocks.Localization;

/// <summary>
/// The academy speaks Dutch and English. Dutch is the default (configurable: <c>Localization:DefaultLanguage</c>); a person's
/// choice comes from their profile (copied into the culture cookie at sign-in and when they switch), else from the browser.
/// </summary>
public static class AcademyLanguages
{
    public const string Dutch = "nl";

    public const string English = "en";

    public static IReadOnlyList<string> Supported { get; } = [Dutch, English];

    /// <summary>The supported language a tag such as "nl-BE" or "EN" stands for, or null.</summary>
    public static string? Normalize(string? tag)
    {
        var language = tag?.Trim().Split('-', '_')[0].ToLowerInvariant();
        return language is Dutch or English ? language : null;
    }

    public static CultureInfo CultureOf(string language) => CultureInfo.GetCultureInfo(Normalize(language) ?? Dutch);

    /// <summary>
    /// Renders in another culture until disposed: emails, notifications and certificates are written in the recipient's
    /// language, not in the language of whoever's request (or job) sends them.
    /// </summary>
    public static IDisposable Use(string language)
    {
        var previous = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        var culture = CultureOf(language);
        CultureInfo.CurrentCulture = culture;
        CultureInfo.CurrentUICulture = culture;
        return new Restore(previous.CurrentCulture, previous.CurrentUICulture);
    }

    private sealed class Restore(CultureInfo culture, CultureInfo uiCulture) : IDisposable
    {
        public void Dispose()
        {
            CultureInfo.CurrentCulture = culture;
            CultureInfo.CurrentUICulture = uiCulture;
        }
    }
}

/// <summary>Settings of <c>Localization</c>.</summary>
public sealed class LanguageOptions
{
    public const string Section = "Localization";

    /// <summary>What a visitor whose browser asks for neither language gets.</summary>
    public string DefaultLanguage { get; set; } = AcademyLanguages.Dutch;
}

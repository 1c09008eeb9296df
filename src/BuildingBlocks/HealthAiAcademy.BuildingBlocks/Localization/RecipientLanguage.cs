using HealthAiAcademy.BuildingBlocks.Users;
using Microsoft.Extensions.Options;

namespace HealthAiAcademy.BuildingBlocks.Localization;

/// <summary>The language a message to someone is written in: their profile's choice, else the academy's default (ADR 0016).</summary>
public sealed class RecipientLanguage(IOptions<LanguageOptions> options)
{
    public string Of(UserProfile? recipient) => AcademyLanguages.Normalize(recipient?.PreferredLanguage) ?? options.Value.DefaultLanguage;

    /// <summary>Writes in the recipient's language until disposed.</summary>
    public IDisposable For(UserProfile? recipient) => AcademyLanguages.Use(Of(recipient));
}

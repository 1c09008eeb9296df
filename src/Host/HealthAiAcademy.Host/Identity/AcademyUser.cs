using Microsoft.AspNetCore.Identity;

namespace HealthAiAcademy.Host.Identity;

/// <summary>An account. Modules never see this type: they get ids and <c>UserProfile</c> records.</summary>
public sealed class AcademyUser : IdentityUser<Guid>
{
    public const int FullNameMaxLength = 200;

    /// <summary>The name exactly as it must appear on certificates.</summary>
    public string FullName { get; set; } = string.Empty;

    public string? Profession { get; set; }

    /// <summary>A professional registration number such as a BIG number; asked for accredited courses.</summary>
    public string? RegistrationNumber { get; set; }

    /// <summary>Asked for university minors.</summary>
    public string? StudentNumber { get; set; }

    /// <summary>"nl" or "en": the language of pages, emails and certificates; null means the browser's (or the academy's default).</summary>
    public string? PreferredLanguage { get; set; }
}

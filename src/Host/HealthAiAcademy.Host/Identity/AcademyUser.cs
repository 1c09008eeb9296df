using Microsoft.AspNetCore.Identity;

namespace HealthAiAcademy.Host.Identity;

public enum AccountStatus
{
    /// <summary>Invited and has not yet set a password.</summary>
    Invited,

    /// <summary>Registered and has not yet confirmed the email address.</summary>
    Unconfirmed,
    Active,
    Deactivated,

    /// <summary>Erased at the person's request: anonymised and closed for good.</summary>
    Erased,
}

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

    public DateTime CreatedAtUtc { get; set; }

    /// <summary>Set when an administrator invited the person; the account has no password until the invitation is used.</summary>
    public DateTime? InvitedAtUtc { get; set; }

    /// <summary>A deactivated account cannot sign in and its sessions have ended; reactivating gives it back as it was.</summary>
    public DateTime? DeactivatedAtUtc { get; set; }

    /// <summary>Set when the person was erased at their request; nothing that named them is left on the account.</summary>
    public DateTime? ErasedAtUtc { get; set; }

    public AccountStatus Status => this switch
    {
        { ErasedAtUtc: not null } => AccountStatus.Erased,
        { DeactivatedAtUtc: not null } => AccountStatus.Deactivated,
        { InvitedAtUtc: not null, PasswordHash: null } => AccountStatus.Invited,
        { EmailConfirmed: false } => AccountStatus.Unconfirmed,
        _ => AccountStatus.Active,
    };

    /// <summary>Anonymises and closes the account: name, addresses, numbers and password go; the id stays, named by nothing.</summary>
    public void Erase(DateTime nowUtc)
    {
        var placeholder = $"erased-{Id:N}@erased.invalid";
        FullName = Features.EraseAccount.EraseAccountHandler.ErasedName;
        UserName = placeholder;
        Email = placeholder;
        EmailConfirmed = false;
        PhoneNumber = null;
        PasswordHash = null;
        TwoFactorEnabled = false;
        LockoutEnabled = true;
        Profession = null;
        RegistrationNumber = null;
        StudentNumber = null;
        PreferredLanguage = null;
        DeactivatedAtUtc ??= nowUtc;
        ErasedAtUtc = nowUtc;
    }
}

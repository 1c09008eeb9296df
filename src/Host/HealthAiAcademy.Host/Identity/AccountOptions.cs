namespace HealthAiAcademy.Host.Identity;

/// <summary>The <c>Accounts</c> configuration section.</summary>
public sealed class AccountOptions
{
    public const string Section = "Accounts";

    /// <summary>The address people reach the academy at: the start of every link in an account email.</summary>
    public string PublicBaseUrl { get; set; } = "http://localhost:5000";

    /// <summary>How long an invitation link stays valid.</summary>
    public TimeSpan InvitationLifetime { get; set; } = TimeSpan.FromDays(7);

    /// <summary>How long a password-reset, email-confirmation or email-change link stays valid.</summary>
    public TimeSpan LinkLifetime { get; set; } = TimeSpan.FromHours(24);

    /// <summary>A new account signs in only after confirming its address. Null: on everywhere but Development.</summary>
    public bool? RequireConfirmedEmail { get; set; }

    /// <summary>How long an API sign-in lasts without use of its refresh token.</summary>
    public TimeSpan RefreshTokenLifetime { get; set; } = TimeSpan.FromDays(14);

    /// <summary>How long a signed-in cookie lasts at most, however active its holder (it also slides after 8 idle hours).</summary>
    public TimeSpan CookieAbsoluteLifetime { get; set; } = TimeSpan.FromHours(12);

    /// <summary>
    /// Roles that must sign in with an authenticator app as well (comma-separated; empty for none). Development turns it
    /// off so the demo accounts sign in with their password alone.
    /// </summary>
    public string RequireTwoFactorFor { get; set; } = "Administrator,Coordinator";

    public IReadOnlyList<string> TwoFactorRoles =>
        RequireTwoFactorFor.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    public string Link(string pathAndQuery) => PublicBaseUrl.TrimEnd('/') + pathAndQuery;
}

namespace HealthAiAcademy.Host.Identity;

/// <summary>The <c>SingleSignOn</c> section: the hospital's OpenID Connect provider (Entra ID, SURFconext, any OIDC provider).</summary>
public sealed class SingleSignOnOptions
{
    public const string Section = "SingleSignOn";
    public const string Scheme = "oidc";

    public bool Enabled { get; set; }

    /// <summary>What the button says: "Sign in with {DisplayName}".</summary>
    public string DisplayName { get; set; } = "your organisation";

    /// <summary>The issuer, e.g. https://login.microsoftonline.com/{tenant}/v2.0 or https://connect.surfconext.nl.</summary>
    public string? Authority { get; set; }

    public string? ClientId { get; set; }

    public string? ClientSecret { get; set; }

    public string[] Scopes { get; set; } = ["openid", "profile", "email"];

    /// <summary>Only for a provider on loopback in tests; production providers are https.</summary>
    public bool RequireHttpsMetadata { get; set; } = true;

    /// <summary>The claim carrying the person's groups or roles at the provider (e.g. "groups", "roles"); null for none.</summary>
    public string? RoleClaim { get; set; }

    /// <summary>Provider group or role value → academy role (Instructor, Coordinator, Administrator), granted at sign-in.</summary>
    public Dictionary<string, string> RoleMapping { get; set; } = [];

    /// <summary>
    /// Staff (instructors, coordinators, administrators) sign in only through the provider, where the hospital enforces
    /// its own password and second-factor rules; participants keep local passwords.
    /// </summary>
    public bool DisableLocalPasswordsForStaff { get; set; }

    /// <summary>
    /// Accept the provider's email as verified when it sends no <c>email_verified</c> claim (Entra ID does not); only for
    /// a provider whose addresses are the hospital's own.
    /// </summary>
    public bool TrustProviderEmail { get; set; }
}

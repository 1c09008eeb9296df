using System.Security.Cryptography;
using System.Text;

namespace HealthAiAcademy.Compliance.Domain;

/// <summary>
/// A hospital system allowed to ask the status API (an EHR, a device gateway). Its key is shown once when issued; only its
/// SHA-256 is kept, found by the key's public prefix. Its webhook secret is kept encrypted (it must sign every call).
/// </summary>
internal sealed class ApiClient
{
    public const int NameMaxLength = 100;
    public const string KeyScheme = "hai";

    private ApiClient()
    {
    }

    private ApiClient(string name, string keyPrefix, string keyHash, string? webhookUrl, string? protectedWebhookSecret, Guid issuedBy, DateTime nowUtc)
    {
        Id = Guid.NewGuid();
        Name = name.Trim();
        KeyPrefix = keyPrefix;
        KeyHash = keyHash;
        WebhookUrl = webhookUrl;
        ProtectedWebhookSecret = protectedWebhookSecret;
        IssuedBy = issuedBy;
        IssuedAtUtc = nowUtc;
    }

    public Guid Id { get; private set; }

    public string Name { get; private set; } = string.Empty;

    /// <summary>The key's first part, shown in lists and used to find the client; not secret.</summary>
    public string KeyPrefix { get; private set; } = string.Empty;

    public string KeyHash { get; private set; } = string.Empty;

    /// <summary>Where status changes are pushed (https, or a loopback address for testing); null: the client only asks.</summary>
    public string? WebhookUrl { get; private set; }

    public string? ProtectedWebhookSecret { get; private set; }

    public Guid IssuedBy { get; private set; }

    public DateTime IssuedAtUtc { get; private set; }

    public DateTime? RevokedAtUtc { get; private set; }

    public bool IsActive => RevokedAtUtc is null;

    /// <returns>The client and its key, to be shown once: "hai_{prefix}_{secret}".</returns>
    public static (ApiClient Client, string Key) Issue(string name, string? webhookUrl, string? protectedWebhookSecret, Guid issuedBy, DateTime nowUtc)
    {
        var prefix = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(5));
        var key = $"{KeyScheme}_{prefix}_{Base64Url(RandomNumberGenerator.GetBytes(32))}";
        return (new ApiClient(name, prefix, Hash(key), webhookUrl, protectedWebhookSecret, issuedBy, nowUtc), key);
    }

    /// <summary>The prefix of a presented key, or null when it does not have the key's shape.</summary>
    public static string? PrefixOf(string key)
    {
        var parts = key.Split('_', 3);
        return parts is [KeyScheme, { Length: 10 } prefix, { Length: > 20 }] ? prefix : null;
    }

    public bool Accepts(string key) =>
        IsActive && CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(Hash(key)), Encoding.ASCII.GetBytes(KeyHash));

    public void Revoke(DateTime nowUtc) => RevokedAtUtc ??= nowUtc;

    public static string NewWebhookSecret() => Base64Url(RandomNumberGenerator.GetBytes(32));

    private static string Hash(string key) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)));

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}

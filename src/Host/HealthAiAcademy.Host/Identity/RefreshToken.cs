using System.Security.Cryptography;
using System.Text;

namespace HealthAiAcademy.Host.Identity;

/// <summary>
/// One refresh token of an API sign-in. Only its SHA-256 is stored. Using it replaces it with the next one of the same
/// family; presenting a replaced token again means it was copied, and the whole family (the sign-in) is revoked.
/// </summary>
public sealed class RefreshToken
{
    private RefreshToken()
    {
    }

    private RefreshToken(Guid userId, Guid familyId, string tokenHash, DateTime nowUtc, DateTime expiresAtUtc)
    {
        Id = Guid.NewGuid();
        UserId = userId;
        FamilyId = familyId;
        TokenHash = tokenHash;
        CreatedAtUtc = nowUtc;
        ExpiresAtUtc = expiresAtUtc;
    }

    public Guid Id { get; private set; }

    public Guid UserId { get; private set; }

    /// <summary>Every token descended from one sign-in shares it.</summary>
    public Guid FamilyId { get; private set; }

    public string TokenHash { get; private set; } = string.Empty;

    public DateTime CreatedAtUtc { get; private set; }

    public DateTime ExpiresAtUtc { get; private set; }

    public DateTime? ReplacedAtUtc { get; private set; }

    public DateTime? RevokedAtUtc { get; private set; }

    /// <returns>The stored token and the secret to hand to the client (never stored).</returns>
    public static (RefreshToken Token, string Secret) StartFamily(Guid userId, DateTime nowUtc, TimeSpan lifetime) =>
        Issue(userId, Guid.NewGuid(), nowUtc, lifetime);

    public static string Hash(string secret) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(secret)));

    public bool IsUsable(DateTime nowUtc) => ReplacedAtUtc is null && RevokedAtUtc is null && nowUtc < ExpiresAtUtc;

    /// <summary>A token used a second time: it was stolen or copied, so the family must end.</summary>
    public bool IsReuse => ReplacedAtUtc is not null;

    public (RefreshToken Token, string Secret) Rotate(DateTime nowUtc, TimeSpan lifetime)
    {
        if (!IsUsable(nowUtc))
        {
            throw new InvalidOperationException("Only a usable refresh token is rotated.");
        }

        ReplacedAtUtc = nowUtc;
        return Issue(UserId, FamilyId, nowUtc, lifetime);
    }

    public void Revoke(DateTime nowUtc) => RevokedAtUtc ??= nowUtc;

    private static (RefreshToken, string) Issue(Guid userId, Guid familyId, DateTime nowUtc, TimeSpan lifetime)
    {
        var secret = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        return (new RefreshToken(userId, familyId, Hash(secret), nowUtc, nowUtc + lifetime), secret);
    }
}

using System.Security.Cryptography;

namespace HealthAiAcademy.Courses.Domain;

/// <summary>A user's private calendar subscription URL; revoking replaces the token, so old links stop working.</summary>
internal sealed class CalendarFeed
{
    private CalendarFeed()
    {
    }

    public CalendarFeed(Guid userId, DateTime nowUtc)
    {
        UserId = userId;
        Renew(nowUtc);
    }

    public Guid UserId { get; private set; }

    public string Token { get; private set; } = string.Empty;

    public DateTime IssuedAtUtc { get; private set; }

    public void Renew(DateTime nowUtc)
    {
        // 256 random bits: a feed URL cannot be guessed.
        Token = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        IssuedAtUtc = nowUtc;
    }
}

using HealthAiAcademy.BuildingBlocks.Data;
using HealthAiAcademy.Host.Identity.Data;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.BearerToken;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace HealthAiAcademy.Host.Identity.Features.Shared;

internal enum RefreshRefusal
{
    None,
    Unknown,

    /// <summary>A token that was already exchanged: copied or stolen, so its whole sign-in is ended.</summary>
    Reused,
}

/// <summary>
/// API sign-ins: a short-lived access token (Identity's bearer format, carrying the security stamp) and a refresh token
/// stored by its hash, rotated on every use, with reuse detection per family (ADR 0017).
/// </summary>
internal sealed class BearerTokens(
    AcademyIdentityDbContext db, SignInManager<AcademyUser> signIn, IOptionsMonitor<BearerTokenOptions> bearer,
    IOptions<AccountOptions> accounts, TimeProvider clock, ILogger<BearerTokens> logger)
{
    public async Task<AccessTokenResponse> StartAsync(AcademyUser user, CancellationToken cancellationToken)
    {
        var (token, secret) = RefreshToken.StartFamily(user.Id, clock.GetUtcNow().UtcDateTime, accounts.Value.RefreshTokenLifetime);
        db.RefreshTokens.Add(token);
        await db.SaveChangesAsync(cancellationToken);
        return await ResponseAsync(user, secret);
    }

    public async Task<(AccessTokenResponse? Tokens, RefreshRefusal Refusal)> RefreshAsync(string secret, CancellationToken cancellationToken)
    {
        var hash = RefreshToken.Hash(secret);
        var exchanged = await db.InTransactionAsync(async token =>
        {
            var now = clock.GetUtcNow().UtcDateTime;
            var stored = await db.RefreshTokens.SingleOrDefaultAsync(t => t.TokenHash == hash, token);
            if (stored is null)
            {
                return new Exchange(null, null, RefreshRefusal.Unknown);
            }

            if (stored.IsReuse)
            {
                var family = await db.RefreshTokens.Where(t => t.FamilyId == stored.FamilyId).ToListAsync(token);
                family.ForEach(t => t.Revoke(now));
                await db.SaveChangesAsync(token);
                return new Exchange(null, null, RefreshRefusal.Reused);
            }

            var user = await db.Users.SingleOrDefaultAsync(u => u.Id == stored.UserId, token);
            if (!stored.IsUsable(now) || user is null || user.Status == AccountStatus.Deactivated)
            {
                return new Exchange(null, null, RefreshRefusal.Unknown);
            }

            var (next, nextSecret) = stored.Rotate(now, accounts.Value.RefreshTokenLifetime);
            db.RefreshTokens.Add(next);
            await db.SaveChangesAsync(token);
            return new Exchange(user, nextSecret, RefreshRefusal.None);
        }, _ => true, cancellationToken);

        if (exchanged.Refusal == RefreshRefusal.Reused)
        {
            logger.LogWarning("A refresh token was used twice; its sign-in is revoked");
        }

        return exchanged.User is { } user ? (await ResponseAsync(user, exchanged.Secret!), RefreshRefusal.None) : (null, exchanged.Refusal);
    }

    private async Task<AccessTokenResponse> ResponseAsync(AcademyUser user, string refreshSecret)
    {
        var options = bearer.Get(IdentityConstants.BearerScheme);
        var now = clock.GetUtcNow();
        var principal = await signIn.CreateUserPrincipalAsync(user);
        var ticket = new AuthenticationTicket(
            principal, new AuthenticationProperties { IssuedUtc = now, ExpiresUtc = now + options.BearerTokenExpiration }, IdentityConstants.BearerScheme);
        return new AccessTokenResponse
        {
            AccessToken = options.BearerTokenProtector.Protect(ticket),
            ExpiresIn = (long)options.BearerTokenExpiration.TotalSeconds,
            RefreshToken = refreshSecret,
        };
    }

    private sealed record Exchange(AcademyUser? User, string? Secret, RefreshRefusal Refusal);
}

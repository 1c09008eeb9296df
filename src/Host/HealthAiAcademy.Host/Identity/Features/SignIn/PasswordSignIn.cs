using HealthAiAcademy.BuildingBlocks.Authorization;
using HealthAiAcademy.Host.Identity.Features.Shared;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace HealthAiAcademy.Host.Identity.Features.SignIn;

internal enum SignInVerdict
{
    Allowed,

    /// <summary>Wrong address or password: one answer for both.</summary>
    Refused,
    Throttled,

    /// <summary>The password was right, so saying why is safe: the address is not confirmed (a new link is on its way).</summary>
    EmailNotConfirmed,
    Deactivated,
    RequiresTwoFactor,

    /// <summary>Staff whose passwords are switched off in favour of the hospital's single sign-on.</summary>
    UseSingleSignOn,
}

internal sealed record SignInCheck(SignInVerdict Verdict, AcademyUser? User = null, TimeSpan? RetryAfter = null);

/// <summary>
/// Checks an address and password for the sign-in page and the API alike: throttled per address and per client, the
/// same answer and about the same time whether or not the address has an account, and reasons only for whoever knew
/// the password.
/// </summary>
internal sealed class PasswordSignIn(
    UserManager<AcademyUser> users, IPasswordHasher<AcademyUser> hasher, SignInThrottle throttle, AccountEmails emails,
    IOptions<IdentityOptions> identity, IOptions<SingleSignOnOptions> singleSignOn)
{
    // A hash of nothing in particular, so an unknown address costs the same hashing work as a known one.
    private static readonly Lazy<string> DecoyHash = new(() => new PasswordHasher<AcademyUser>().HashPassword(new AcademyUser(), Guid.NewGuid().ToString()));

    public async Task<SignInCheck> CheckAsync(string email, string password, string? client, CancellationToken cancellationToken)
    {
        if (throttle.RetryAfter(email, client) is { } wait)
        {
            return new SignInCheck(SignInVerdict.Throttled, RetryAfter: wait);
        }

        var user = await users.FindByEmailAsync(email.Trim());
        if (user?.PasswordHash is null)
        {
            hasher.VerifyHashedPassword(new AcademyUser(), DecoyHash.Value, password);
            throttle.Failed(email, client);
            return new SignInCheck(SignInVerdict.Refused);
        }

        if (!await users.CheckPasswordAsync(user, password))
        {
            throttle.Failed(email, client);
            return new SignInCheck(SignInVerdict.Refused);
        }

        throttle.Cleared(email);
        if (user.Status == AccountStatus.Deactivated)
        {
            return new SignInCheck(SignInVerdict.Deactivated);
        }

        if (singleSignOn.Value is { Enabled: true, DisableLocalPasswordsForStaff: true }
            && (await users.GetRolesAsync(user)).Any(role => role is Roles.Instructor or Roles.Coordinator or Roles.Administrator))
        {
            return new SignInCheck(SignInVerdict.UseSingleSignOn);
        }

        if (identity.Value.SignIn.RequireConfirmedEmail && !user.EmailConfirmed)
        {
            await emails.SendEmailConfirmationAsync(user, cancellationToken);
            return new SignInCheck(SignInVerdict.EmailNotConfirmed);
        }

        return new SignInCheck(user.TwoFactorEnabled ? SignInVerdict.RequiresTwoFactor : SignInVerdict.Allowed, user);
    }
}

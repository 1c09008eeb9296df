using Microsoft.AspNetCore.Identity;

namespace HealthAiAcademy.Host.Identity.Features.Shared;

/// <summary>Checks the authenticator app's code or a recovery code (used up on use) of an account with a second factor.</summary>
internal sealed class SecondFactor(UserManager<AcademyUser> users)
{
    public async Task<bool> VerifyAsync(AcademyUser user, string? code, string? recoveryCode)
    {
        if (!string.IsNullOrWhiteSpace(code))
        {
            var digits = code.Replace(" ", string.Empty, StringComparison.Ordinal).Replace("-", string.Empty, StringComparison.Ordinal);
            return await users.VerifyTwoFactorTokenAsync(user, users.Options.Tokens.AuthenticatorTokenProvider, digits);
        }

        if (!string.IsNullOrWhiteSpace(recoveryCode))
        {
            var redeemed = await users.RedeemTwoFactorRecoveryCodeAsync(user, recoveryCode.Replace(" ", string.Empty, StringComparison.Ordinal));
            return redeemed.Succeeded;
        }

        return false;
    }
}

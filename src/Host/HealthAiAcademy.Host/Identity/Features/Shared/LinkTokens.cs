using Microsoft.AspNetCore.Identity;

namespace HealthAiAcademy.Host.Identity.Features.Shared;

/// <summary>The account a one-time link names and its token, when both are real; a link that was cut, edited or forged gives none.</summary>
internal sealed class LinkTokens(UserManager<AcademyUser> users)
{
    public async Task<(AcademyUser? User, string? Token)> ReadAsync(string? userId, string? encodedToken)
    {
        var token = AccountLinks.Decode(encodedToken);
        if (token is null || !Guid.TryParse(userId, out var id))
        {
            return (null, null);
        }

        var user = await users.FindByIdAsync(id.ToString());
        return user is null || user.Status == AccountStatus.Deactivated ? (null, null) : (user, token);
    }

    public Task<bool> IsValidResetAsync(AcademyUser user, string token) =>
        users.VerifyUserTokenAsync(user, users.Options.Tokens.PasswordResetTokenProvider, UserManager<AcademyUser>.ResetPasswordTokenPurpose, token);
}

using System.Text;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Options;

namespace HealthAiAcademy.Host.Identity.Features.Shared;

/// <summary>
/// The one-time links of account emails. Each carries an Identity token bound to the account's security stamp, so it stops
/// working once used (a password set, an address changed) and when it expires.
/// </summary>
internal sealed class AccountLinks(UserManager<AcademyUser> users, IOptions<AccountOptions> options)
{
    public const string InvitationProvider = "Invitation";
    private const string InvitationPurpose = "SetPassword";

    public async Task<string> InvitationAsync(AcademyUser user) =>
        Link("/account/set-password", user, await users.GenerateUserTokenAsync(user, InvitationProvider, InvitationPurpose));

    public Task<bool> IsValidInvitationAsync(AcademyUser user, string token) =>
        users.VerifyUserTokenAsync(user, InvitationProvider, InvitationPurpose, token);

    public async Task<string> PasswordResetAsync(AcademyUser user) =>
        Link("/account/reset-password", user, await users.GeneratePasswordResetTokenAsync(user));

    public async Task<string> EmailConfirmationAsync(AcademyUser user) =>
        Link("/account/confirm-email", user, await users.GenerateEmailConfirmationTokenAsync(user));

    public async Task<string> EmailChangeAsync(AcademyUser user, string newEmail) =>
        Link("/account/confirm-email-change", user, await users.GenerateChangeEmailTokenAsync(user, newEmail))
        + "&email=" + Uri.EscapeDataString(newEmail);

    /// <summary>The token as a link carries it (URL-safe base64), back as Identity reads it; null when it is not one.</summary>
    public static string? Decode(string? encoded)
    {
        if (string.IsNullOrEmpty(encoded))
        {
            return null;
        }

        try
        {
            return Encoding.UTF8.GetString(WebEncoders.Base64UrlDecode(encoded));
        }
        catch (FormatException)
        {
            return null;
        }
    }

    private string Link(string path, AcademyUser user, string token) =>
        options.Value.Link($"{path}?userId={user.Id}&token={WebEncoders.Base64UrlEncode(Encoding.UTF8.GetBytes(token))}");
}

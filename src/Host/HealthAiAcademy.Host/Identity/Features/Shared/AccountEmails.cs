using HealthAiAcademy.BuildingBlocks.Email;
using HealthAiAcademy.BuildingBlocks.Localization;
using HealthAiAcademy.BuildingBlocks.Time;
using HealthAiAcademy.Host.Resources;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace HealthAiAcademy.Host.Identity.Features.Shared;

/// <summary>The emails about an account, each in the language the person chose (or the academy's default).</summary>
internal sealed class AccountEmails(
    IEmailSender email, AccountLinks links, IStringLocalizer<HostText> text, IOptions<LanguageOptions> languages,
    IOptions<AccountOptions> options, TimeProvider clock, ILogger<AccountEmails> logger)
{
    public async Task SendInvitationAsync(AcademyUser user, CancellationToken cancellationToken)
    {
        var link = await links.InvitationAsync(user);
        var until = clock.GetUtcNow().UtcDateTime + options.Value.InvitationLifetime;
        await SendAsync(user, user.Email!, () => (
            text["You are invited to the Health AI Academy"],
            text["Hello {0},\n\nAn administrator of the Health AI Academy has made an account for you. Choose your password here:\n\n{1}\n\nThe link works once, until {2}. Did you not expect this? Then you can ignore this email.", user.FullName, link, AcademyTime.Format(until)]), cancellationToken);
    }

    public async Task SendEmailConfirmationAsync(AcademyUser user, CancellationToken cancellationToken)
    {
        var link = await links.EmailConfirmationAsync(user);
        await SendAsync(user, user.Email!, () => (
            text["Confirm your email address"],
            text["Hello {0},\n\nConfirm your email address for the Health AI Academy by opening this link:\n\n{1}\n\nDid you not create an account? Then you can ignore this email.", user.FullName, link]), cancellationToken);
    }

    public async Task SendPasswordResetAsync(AcademyUser user, CancellationToken cancellationToken)
    {
        var link = await links.PasswordResetAsync(user);
        await SendAsync(user, user.Email!, () => (
            text["Reset your password"],
            text["Hello {0},\n\nSomeone asked to reset the password of your Health AI Academy account. Choose a new password here:\n\n{1}\n\nThe link works once. Did you not ask for this? Then you can ignore this email: your password stays as it is.", user.FullName, link]), cancellationToken);
    }

    /// <summary>Sent when someone registers with an address that already has an account: the owner learns of it, the visitor learns nothing.</summary>
    public async Task SendAlreadyRegisteredAsync(AcademyUser user, CancellationToken cancellationToken)
    {
        var link = await links.PasswordResetAsync(user);
        await SendAsync(user, user.Email!, () => (
            text["You already have an account"],
            text["Hello {0},\n\nSomeone tried to create a Health AI Academy account with this email address, which already has one. If that was you: sign in, or choose a new password here:\n\n{1}\n\nIf it was not you, you can ignore this email.", user.FullName, link]), cancellationToken);
    }

    public async Task SendEmailChangeAsync(AcademyUser user, string newEmail, CancellationToken cancellationToken)
    {
        var link = await links.EmailChangeAsync(user, newEmail);
        await SendAsync(user, newEmail, () => (
            text["Confirm your new email address"],
            text["Hello {0},\n\nOpen this link to use {1} for your Health AI Academy account from now on:\n\n{2}\n\nUntil then, your account keeps its current address.", user.FullName, newEmail, link]), cancellationToken);
    }

    /// <summary>The old address hears of a change, so an intruder's change of address does not go unnoticed.</summary>
    public Task SendSecurityNoticeAsync(AcademyUser user, string to, Func<string> what, CancellationToken cancellationToken) =>
        SendAsync(user, to, () => (
            text["A change to your account"],
            text["Hello {0},\n\n{1}\n\nWas this not you? Reset your password at once and tell the academy's administrators.", user.FullName, what()]), cancellationToken);

    private async Task SendAsync(AcademyUser user, string to, Func<(string Subject, string Body)> write, CancellationToken cancellationToken)
    {
        (string Subject, string Body) message;
        using (AcademyLanguages.Use(AcademyLanguages.Normalize(user.PreferredLanguage) ?? languages.Value.DefaultLanguage))
        {
            message = write();
        }

        await email.SendAsync(new EmailMessage(to, message.Subject, message.Body), cancellationToken);
        logger.LogInformation("Account email '{Subject}' sent to user {UserId}", message.Subject, user.Id);
    }
}

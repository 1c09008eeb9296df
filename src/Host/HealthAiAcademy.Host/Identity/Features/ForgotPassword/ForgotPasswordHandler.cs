using HealthAiAcademy.BuildingBlocks.Authorization;
using HealthAiAcademy.Host.Identity.Features.Shared;
using Microsoft.AspNetCore.Identity;

namespace HealthAiAcademy.Host.Identity.Features.ForgotPassword;

[ServesAnyone("Anyone may ask; the link goes only to the account's own address.")]
internal sealed class ForgotPasswordHandler(UserManager<AcademyUser> users, AccountEmails emails)
{
    /// <summary>
    /// Emails a one-time reset link when the address has an active account, and nothing otherwise; the caller always
    /// hears the same. An invited person who lost the invitation gets a link too: choosing a password is the same act.
    /// </summary>
    public async Task HandleAsync(string email, CancellationToken cancellationToken)
    {
        if (await users.FindByEmailAsync(email.Trim()) is { } user && user.Status != AccountStatus.Deactivated)
        {
            await emails.SendPasswordResetAsync(user, cancellationToken);
        }
    }
}

using HealthAiAcademy.BuildingBlocks.Users;
using System.Net.Mail;
using HealthAiAcademy.BuildingBlocks.Web;
using HealthAiAcademy.Host.Identity.Features.Shared;
using HealthAiAcademy.Host.Resources;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Localization;

namespace HealthAiAcademy.Host.Identity.Features.ChangeEmail;

internal sealed record ChangeEmailRequest(string? NewEmail, string? CurrentPassword);

internal sealed class ChangeEmailHandler(UserManager<AcademyUser> users, AccountEmails emails, IStringLocalizer<HostText> text, ICurrentUser currentUser)
{
    /// <summary>
    /// Sends a confirmation link to the new address; the account keeps its address until the link is opened. An address
    /// that belongs to another account gets no link, and the caller hears the same as for any other address.
    /// </summary>
    public async Task<Outcome<string>> HandleAsync(ChangeEmailRequest request, CancellationToken cancellationToken)
    {
        var user = currentUser.UserId is { } userId ? await users.FindByIdAsync(userId.ToString()) : null;
        if (user is null)
        {
            return Outcome<string>.NotFound("The account");
        }

        var newEmail = request.NewEmail?.Trim();
        var errors = new ValidationErrors()
            .AddIf(string.IsNullOrEmpty(newEmail), "newEmail", text["Enter the new email address."])
            .AddIf(!string.IsNullOrEmpty(newEmail) && (newEmail.Length > 256 || !MailAddress.TryCreate(newEmail, out _)), "newEmail", text["Enter an email address such as name@hospital.nl."])
            .AddIf(string.Equals(newEmail, user.Email, StringComparison.OrdinalIgnoreCase), "newEmail", text["That is your current address."])
            .AddIf(string.IsNullOrEmpty(request.CurrentPassword), "currentPassword", text["Enter your current password."]);
        if (!string.IsNullOrEmpty(request.CurrentPassword) && user.PasswordHash is not null && !await users.CheckPasswordAsync(user, request.CurrentPassword))
        {
            errors.Add("currentPassword", text["That is not your current password."]);
        }

        if (!errors.IsValid)
        {
            return Outcome<string>.Invalid(errors);
        }

        if (await users.FindByEmailAsync(newEmail!) is null)
        {
            await emails.SendEmailChangeAsync(user, newEmail!, cancellationToken);
        }

        return Outcome<string>.Ok(newEmail!);
    }
}

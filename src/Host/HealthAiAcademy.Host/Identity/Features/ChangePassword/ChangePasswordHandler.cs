using HealthAiAcademy.BuildingBlocks.Users;
using HealthAiAcademy.BuildingBlocks.Data;
using HealthAiAcademy.BuildingBlocks.Web;
using HealthAiAcademy.Host.Identity.Data;
using HealthAiAcademy.Host.Identity.Features.Shared;
using HealthAiAcademy.Host.Resources;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Localization;

namespace HealthAiAcademy.Host.Identity.Features.ChangePassword;

internal sealed record ChangePasswordRequest(string? CurrentPassword, string? NewPassword);

internal sealed class ChangePasswordHandler(
    AcademyIdentityDbContext db, UserManager<AcademyUser> users, Sessions sessions, AccountAudit audit, AccountEmails emails,
    IStringLocalizer<HostText> text, ICurrentUser currentUser)
{
    /// <summary>A new password, given the current one. Every session ends (the caller signs in again or refreshes its own cookie).</summary>
    public async Task<Outcome<AcademyUser>> HandleAsync(ChangePasswordRequest request, CancellationToken cancellationToken)
    {
        var userId = currentUser.UserId.GetValueOrDefault();
        var user = currentUser.UserId is null ? null : await users.FindByIdAsync(userId.ToString());
        if (user is null)
        {
            return Outcome<AcademyUser>.NotFound("The account");
        }

        var errors = new ValidationErrors()
            .AddIf(string.IsNullOrEmpty(request.CurrentPassword), "currentPassword", text["Enter your current password."])
            .AddIf(string.IsNullOrEmpty(request.NewPassword), "newPassword", text["Choose a new password."]);
        if (!string.IsNullOrEmpty(request.CurrentPassword) && !await users.CheckPasswordAsync(user, request.CurrentPassword))
        {
            errors.Add("currentPassword", text["That is not your current password."]);
        }

        await PasswordRules.CheckAsync(users, user, request.NewPassword, "newPassword", errors);
        if (!errors.IsValid)
        {
            return Outcome<AcademyUser>.Invalid(errors);
        }

        var changed = await db.InTransactionAsync(async work =>
        {
            var current = (await users.FindByIdAsync(userId.ToString()))!;
            AccountChanges.Require(await users.ChangePasswordAsync(current, request.CurrentPassword!, request.NewPassword!));
            audit.Record(current.Id, AccountChangeKind.PasswordChanged);
            await sessions.EndAllAsync(current, work);
            return Outcome<AcademyUser>.Ok(current);
        }, cancellationToken);
        await emails.SendSecurityNoticeAsync(changed.Value!, changed.Value!.Email!, () => text["The password of your account was changed."], cancellationToken);
        return changed;
    }
}

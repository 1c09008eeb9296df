using HealthAiAcademy.BuildingBlocks.Authorization;
using HealthAiAcademy.BuildingBlocks.Data;
using HealthAiAcademy.BuildingBlocks.Web;
using HealthAiAcademy.Host.Identity.Data;
using HealthAiAcademy.Host.Identity.Features.Shared;
using HealthAiAcademy.Host.Resources;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Localization;

namespace HealthAiAcademy.Host.Identity.Features.ResetPassword;

internal enum LinkOutcome
{
    Done,
    Invalid,

    /// <summary>The link is expired, used or forged: the page says so and offers a new one.</summary>
    LinkNotValid,
}

[ServesAnyone("The one-time link emailed to the account is the proof of who calls.")]
internal sealed class ResetPasswordHandler(
    AcademyIdentityDbContext db, UserManager<AcademyUser> users, LinkTokens links, Sessions sessions, AccountAudit audit,
    SignInThrottle throttle, IStringLocalizer<HostText> text)
{
    /// <summary>
    /// Sets a new password from a reset link. The link then stops working (the security stamp changes), every other
    /// session ends, the address counts as confirmed (the mail reached its owner) and failed sign-ins are forgiven.
    /// </summary>
    public async Task<(LinkOutcome Outcome, ValidationErrors Errors, AcademyUser? User)> HandleAsync(
        string? userId, string? encodedToken, string? newPassword, CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors().AddIf(string.IsNullOrEmpty(newPassword), "newPassword", text["Choose a new password."]);
        var (user, token) = await links.ReadAsync(userId, encodedToken);
        if (user is null || !await links.IsValidResetAsync(user, token!))
        {
            return (LinkOutcome.LinkNotValid, errors, null);
        }

        await PasswordRules.CheckAsync(users, user, newPassword, "newPassword", errors);
        if (!errors.IsValid)
        {
            return (LinkOutcome.Invalid, errors, user);
        }

        var reset = await db.InTransactionAsync(async work =>
        {
            var current = (await users.FindByIdAsync(user.Id.ToString()))!;
            var result = await users.ResetPasswordAsync(current, token!, newPassword!);
            if (!result.Succeeded)
            {
                return false;
            }

            current.EmailConfirmed = true;
            audit.RecordBySelf(current, AccountChangeKind.PasswordReset);
            await sessions.EndAllAsync(current, work);
            return true;
        }, done => done, cancellationToken);
        if (!reset)
        {
            return (LinkOutcome.LinkNotValid, errors, null);
        }

        throttle.Cleared(user.Email!);
        return (LinkOutcome.Done, errors, user);
    }
}

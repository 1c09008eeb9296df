using HealthAiAcademy.BuildingBlocks.Authorization;
using HealthAiAcademy.BuildingBlocks.Data;
using HealthAiAcademy.BuildingBlocks.Web;
using HealthAiAcademy.Host.Identity.Data;
using HealthAiAcademy.Host.Identity.Features.ResetPassword;
using HealthAiAcademy.Host.Identity.Features.Shared;
using HealthAiAcademy.Host.Resources;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Localization;

namespace HealthAiAcademy.Host.Identity.Features.SetPassword;

[ServesAnyone("The invitation link emailed to the account is the proof of who calls.")]
internal sealed class SetPasswordHandler(
    AcademyIdentityDbContext db, UserManager<AcademyUser> users, LinkTokens links, AccountLinks invitations, AccountAudit audit,
    AccountEmails emails, IStringLocalizer<HostText> text)
{
    /// <summary>The invited account a link names, when the link still works.</summary>
    public async Task<AcademyUser?> FindInvitedAsync(string? userId, string? encodedToken)
    {
        var (user, token) = await links.ReadAsync(userId, encodedToken);
        return user is { Status: AccountStatus.Invited } && await invitations.IsValidInvitationAsync(user, token!) ? user : null;
    }

    /// <summary>Accepts an invitation: the first password, which also confirms the address. The link works once.</summary>
    public async Task<(LinkOutcome Outcome, ValidationErrors Errors, AcademyUser? User)> HandleAsync(
        string? userId, string? encodedToken, string? password, CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors().AddIf(string.IsNullOrEmpty(password), "password", text["Choose a password."]);
        var user = await FindInvitedAsync(userId, encodedToken);
        if (user is null)
        {
            return (LinkOutcome.LinkNotValid, errors, null);
        }

        await PasswordRules.CheckAsync(users, user, password, "password", errors);
        if (!errors.IsValid)
        {
            return (LinkOutcome.Invalid, errors, user);
        }

        var accepted = await db.InTransactionAsync(async work =>
        {
            var current = (await users.FindByIdAsync(user.Id.ToString()))!;
            if (current.PasswordHash is not null)
            {
                return null;
            }

            current.EmailConfirmed = true;
            AccountChanges.Require(await users.AddPasswordAsync(current, password!));
            audit.RecordBySelf(current, AccountChangeKind.PasswordSet);
            await db.SaveChangesAsync(work);
            return current;
        }, done => done is not null, cancellationToken);
        return accepted is null ? (LinkOutcome.LinkNotValid, errors, null) : (LinkOutcome.Done, errors, accepted);
    }

    /// <summary>From the page of an expired link: a fresh invitation, if the account still awaits its password.</summary>
    public async Task ResendAsync(string? userId, CancellationToken cancellationToken)
    {
        if (Guid.TryParse(userId, out var id) && await users.FindByIdAsync(id.ToString()) is { Status: AccountStatus.Invited } user)
        {
            await emails.SendInvitationAsync(user, cancellationToken);
        }
    }
}

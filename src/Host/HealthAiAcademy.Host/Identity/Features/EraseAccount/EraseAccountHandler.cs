using HealthAiAcademy.BuildingBlocks.Authorization;
using HealthAiAcademy.BuildingBlocks.Outbox;
using HealthAiAcademy.BuildingBlocks.Privacy;
using HealthAiAcademy.BuildingBlocks.Users;
using HealthAiAcademy.BuildingBlocks.Web;
using HealthAiAcademy.Enrollment.Contracts;
using HealthAiAcademy.Host.Identity.Data;
using HealthAiAcademy.Host.Identity.Features.Shared;
using HealthAiAcademy.Host.Resources;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace HealthAiAcademy.Host.Identity.Features.EraseAccount;

/// <summary>
/// An erasure request (GDPR art. 17), processed by an administrator: the account is anonymised and closed in one unit of
/// work with the event that makes every module remove what it holds (docs/adr/0018); certificates are kept for the CPD
/// retention period and then anonymised too.
/// </summary>
internal sealed class EraseAccountHandler(
    AcademyIdentityDbContext db, AccountChanges changes, UserManager<AcademyUser> users, Sessions sessions, AccountAudit audit,
    IEnrollmentDirectory enrollments, ICurrentUser currentUser, IStringLocalizer<HostText> text, TimeProvider clock)
{
    public const string ErasedName = "(erased)";

    public Task<Outcome<UserSummary>> HandleAsync(Guid userId, EraseAccountRequest request, CancellationToken cancellationToken)
    {
        if (request.Confirmed != true)
        {
            return Task.FromResult(Outcome<UserSummary>.Invalid(new ValidationErrors().Add("confirmed", text["Confirm that the person asked for this and that you checked who they are."])));
        }

        return changes.RunAsync(userId, async (user, token) =>
        {
            if (user.ErasedAtUtc is not null)
            {
                return Outcome<AcademyUser>.Ok(user);
            }

            if (user.Id == currentUser.UserId)
            {
                return Outcome<AcademyUser>.Conflict(text["You cannot erase your own account: ask another administrator."]);
            }

            if ((await users.GetRolesAsync(user)).Any(GrantableRoles.All.Contains))
            {
                return Outcome<AcademyUser>.Conflict(text["This account holds a staff role: revoke it first, so offerings and grading do not point at nobody."]);
            }

            var now = clock.GetUtcNow().UtcDateTime;
            if (await enrollments.CountOpenPlacesAsync(user.Id, now, token) is var open and > 0)
            {
                return Outcome<AcademyUser>.Conflict(text["The person still has {0} place(s) in offerings that have not ended: withdraw them first.", open]);
            }

            await sessions.EndAllAsync(user, token);
            foreach (var login in await users.GetLoginsAsync(user))
            {
                AccountChanges.Require(await users.RemoveLoginAsync(user, login.LoginProvider, login.ProviderKey));
            }

            await db.UserTokens.Where(t => t.UserId == user.Id).ExecuteDeleteAsync(token);
            await db.UserRoles.Where(r => r.UserId == user.Id).ExecuteDeleteAsync(token);
            await db.RefreshTokens.Where(t => t.UserId == user.Id).ExecuteDeleteAsync(token);
            await db.AccountChanges.Where(c => c.UserId == user.Id && c.Detail != null).ExecuteUpdateAsync(set => set.SetProperty(c => c.Detail, (string?)null), token);
            await db.AccountChanges.Where(c => c.ActorId == user.Id).ExecuteUpdateAsync(set => set.SetProperty(c => c.ActorName, ErasedName), token);

            user.Erase(now);
            AccountChanges.Require(await users.UpdateAsync(user));
            audit.Record(user.Id, AccountChangeKind.Erased);
            db.AddIntegrationEvent(new PersonErasedIntegrationEvent { OccurredAtUtc = now, UserId = user.Id });
            return Outcome<AcademyUser>.Ok(user);
        }, cancellationToken);
    }
}

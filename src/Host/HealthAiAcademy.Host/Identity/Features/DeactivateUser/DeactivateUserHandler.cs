using HealthAiAcademy.BuildingBlocks.Authorization;
using HealthAiAcademy.BuildingBlocks.Users;
using HealthAiAcademy.BuildingBlocks.Web;
using HealthAiAcademy.Host.Identity.Features.Shared;
using HealthAiAcademy.Host.Resources;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Localization;

namespace HealthAiAcademy.Host.Identity.Features.DeactivateUser;

internal sealed class DeactivateUserHandler(
    AccountChanges changes, UserManager<AcademyUser> users, AccountDirectory directory, Sessions sessions, AccountAudit audit,
    ICurrentUser currentUser, IStringLocalizer<HostText> text, TimeProvider clock)
{
    /// <summary>
    /// Stops an account from signing in and ends its sessions everywhere. Its enrolments, grades and certificates stay:
    /// a colleague who left keeps the record of what they did.
    /// </summary>
    public Task<Outcome<UserSummary>> HandleAsync(Guid userId, CancellationToken cancellationToken) =>
        changes.RunAsync(userId, async (user, token) =>
        {
            if (user.Status == AccountStatus.Deactivated)
            {
                return Outcome<AcademyUser>.Ok(user);
            }

            if (user.Id == currentUser.UserId)
            {
                return Outcome<AcademyUser>.Conflict(text["You cannot deactivate your own account: ask another administrator."]);
            }

            if (await users.IsInRoleAsync(user, Roles.Administrator) && await directory.IsLastActiveAdministratorAsync(user.Id, token))
            {
                return Outcome<AcademyUser>.Conflict(text["This is the academy's last administrator: make someone else administrator first."]);
            }

            user.DeactivatedAtUtc = clock.GetUtcNow().UtcDateTime;
            await sessions.EndAllAsync(user, token);
            audit.Record(user.Id, AccountChangeKind.Deactivated);
            return Outcome<AcademyUser>.Ok(user);
        }, cancellationToken);
}

using HealthAiAcademy.BuildingBlocks.Authorization;
using HealthAiAcademy.BuildingBlocks.Web;
using HealthAiAcademy.Host.Identity.Features.Shared;
using HealthAiAcademy.Host.Resources;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Localization;

namespace HealthAiAcademy.Host.Identity.Features.RevokeRole;

internal sealed class RevokeRoleHandler(
    AccountChanges changes, UserManager<AcademyUser> users, AccountDirectory directory, Sessions sessions, AccountAudit audit,
    IStringLocalizer<HostText> text)
{
    /// <summary>
    /// Takes a role away and ends the person's sessions, so the lost rights end now rather than when a cookie or token
    /// expires. The academy's last active administrator keeps the role.
    /// </summary>
    public Task<Outcome<UserSummary>> HandleAsync(Guid userId, string role, CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors().Check(role, "role", text);
        if (!errors.IsValid)
        {
            return Task.FromResult(Outcome<UserSummary>.Invalid(errors));
        }

        return changes.RunAsync(userId, async (user, token) =>
        {
            if (!await users.IsInRoleAsync(user, role))
            {
                return Outcome<AcademyUser>.Ok(user);
            }

            if (role == Roles.Administrator && await directory.IsLastActiveAdministratorAsync(user.Id, token))
            {
                return Outcome<AcademyUser>.Conflict(text["This is the academy's last administrator: make someone else administrator first."]);
            }

            AccountChanges.Require(await users.RemoveFromRoleAsync(user, role));
            await sessions.EndAllAsync(user, token);
            audit.Record(user.Id, AccountChangeKind.RoleRevoked, role);
            return Outcome<AcademyUser>.Ok(user);
        }, cancellationToken);
    }
}

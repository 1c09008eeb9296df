using HealthAiAcademy.BuildingBlocks.Web;
using HealthAiAcademy.Host.Identity.Features.InviteUser;
using HealthAiAcademy.Host.Identity.Features.Shared;
using HealthAiAcademy.Host.Resources;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Localization;

namespace HealthAiAcademy.Host.Identity.Features.GrantRole;

internal sealed class GrantRoleHandler(AccountChanges changes, UserManager<AcademyUser> users, AccountAudit audit, IStringLocalizer<HostText> text)
{
    /// <summary>Gives a role; granting one the person has is no change (and no record). It shows at their next request within a minute.</summary>
    public Task<Outcome<UserSummary>> HandleAsync(Guid userId, string role, CancellationToken cancellationToken)
    {
        if (!InviteUserHandler.GrantableRoles.Contains(role))
        {
            return Task.FromResult(Outcome<UserSummary>.Invalid(new ValidationErrors()
                .Add("role", text["Role is one of {0}.", string.Join(", ", InviteUserHandler.GrantableRoles)])));
        }

        return changes.RunAsync(userId, async (user, _) =>
        {
            if (user.Status == AccountStatus.Deactivated)
            {
                return Outcome<AcademyUser>.Conflict(text["The account is deactivated: reactivate it first."]);
            }

            if (!await users.IsInRoleAsync(user, role))
            {
                AccountChanges.Require(await users.AddToRoleAsync(user, role));
                audit.Record(user.Id, AccountChangeKind.RoleGranted, role);
            }

            return Outcome<AcademyUser>.Ok(user);
        }, cancellationToken);
    }
}

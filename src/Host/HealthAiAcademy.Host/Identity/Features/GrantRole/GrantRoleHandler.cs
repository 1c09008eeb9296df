using HealthAiAcademy.BuildingBlocks.Web;
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
        var errors = new ValidationErrors().Check(role, "role", text);
        if (!errors.IsValid)
        {
            return Task.FromResult(Outcome<UserSummary>.Invalid(errors));
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

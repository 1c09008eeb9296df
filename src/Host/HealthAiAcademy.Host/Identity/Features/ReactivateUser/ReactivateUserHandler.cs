using HealthAiAcademy.Host.Resources;
using Microsoft.Extensions.Localization;
using HealthAiAcademy.BuildingBlocks.Web;
using HealthAiAcademy.Host.Identity.Features.Shared;

namespace HealthAiAcademy.Host.Identity.Features.ReactivateUser;

internal sealed class ReactivateUserHandler(AccountChanges changes, AccountAudit audit, IStringLocalizer<HostText> text)
{
    /// <summary>Lets a deactivated account sign in again, with the roles it had.</summary>
    public Task<Outcome<UserSummary>> HandleAsync(Guid userId, CancellationToken cancellationToken) =>
        changes.RunAsync(userId, (user, _) =>
        {
            if (user.Status == AccountStatus.Erased)
            {
                return Task.FromResult(Outcome<AcademyUser>.Conflict(text["An erased account cannot be reactivated: the person can register again."]));
            }

            if (user.Status == AccountStatus.Deactivated)
            {
                user.DeactivatedAtUtc = null;
                audit.Record(user.Id, AccountChangeKind.Reactivated);
            }

            return Task.FromResult(Outcome<AcademyUser>.Ok(user));
        }, cancellationToken);
}

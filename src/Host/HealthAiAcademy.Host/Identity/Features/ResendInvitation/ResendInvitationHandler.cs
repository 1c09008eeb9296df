using HealthAiAcademy.BuildingBlocks.Web;
using HealthAiAcademy.Host.Identity.Features.Shared;
using HealthAiAcademy.Host.Resources;
using Microsoft.Extensions.Localization;

namespace HealthAiAcademy.Host.Identity.Features.ResendInvitation;

internal sealed class ResendInvitationHandler(AccountChanges changes, AccountAudit audit, AccountEmails emails, IStringLocalizer<HostText> text)
{
    /// <summary>A new invitation link for an account that has not used its invitation (the old link keeps working until it expires).</summary>
    public async Task<Outcome<UserSummary>> HandleAsync(Guid userId, CancellationToken cancellationToken)
    {
        AcademyUser? invited = null;
        var outcome = await changes.RunAsync(userId, (user, _) =>
        {
            if (user.Status != AccountStatus.Invited)
            {
                return Task.FromResult(Outcome<AcademyUser>.Conflict(text["This person has already chosen a password: they can reset it from the sign-in page."]));
            }

            audit.Record(user.Id, AccountChangeKind.InvitationSent);
            invited = user;
            return Task.FromResult(Outcome<AcademyUser>.Ok(user));
        }, cancellationToken);
        if (outcome.IsOk)
        {
            await emails.SendInvitationAsync(invited!, cancellationToken);
        }

        return outcome;
    }
}

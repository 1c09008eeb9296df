using HealthAiAcademy.BuildingBlocks.Users;
using HealthAiAcademy.BuildingBlocks.Web;
using Microsoft.AspNetCore.Identity;

namespace HealthAiAcademy.Host.Identity.Features.InviteUser;

/// <summary>
/// Accounts for the people of an imported list: the account with that address, or a new participant account invited by
/// email like any invitation (the list's profession and registration number filled in; a present account keeps its own).
/// </summary>
internal sealed class ParticipantAccounts(UserManager<AcademyUser> users, InviteUserHandler invite) : IParticipantAccounts
{
    public async Task<(Guid UserId, bool Invited)> FindOrInviteAsync(ImportedPerson person, CancellationToken cancellationToken)
    {
        if (await users.FindByEmailAsync(person.Email) is { } existing)
        {
            return (existing.Id, false);
        }

        var outcome = await invite.HandleAsync(new InviteUserRequest(person.Email, person.FullName, [], null), cancellationToken);
        if (outcome.Kind == OutcomeKind.Conflict && await users.FindByEmailAsync(person.Email) is { } meanwhile)
        {
            return (meanwhile.Id, false);
        }

        var user = await users.FindByIdAsync(outcome.ValueOrThrow($"invite {person.Email}").Id.ToString()) ?? throw new InvalidOperationException("The invited account vanished.");
        var profile = new ProfileInput(person.FullName, person.Profession, person.RegistrationNumber, null);
        if (profile.Validate().IsValid && (person.Profession is not null || person.RegistrationNumber is not null))
        {
            profile.ApplyTo(user);
            Shared.AccountChanges.Require(await users.UpdateAsync(user));
        }

        return (user.Id, true);
    }
}

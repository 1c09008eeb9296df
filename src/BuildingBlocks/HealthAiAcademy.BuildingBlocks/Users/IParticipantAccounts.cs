namespace HealthAiAcademy.BuildingBlocks.Users;

/// <summary>A person named in an import (a past run's attendance list), as the spreadsheet gives them.</summary>
public sealed record ImportedPerson(string Email, string FullName, string? Profession, string? RegistrationNumber);

/// <summary>The host's accounts as an import needs them: the person's account, or a new one with an invitation sent.</summary>
public interface IParticipantAccounts
{
    /// <returns>The account's id, and whether it was made (and invited) now.</returns>
    Task<(Guid UserId, bool Invited)> FindOrInviteAsync(ImportedPerson person, CancellationToken cancellationToken);
}

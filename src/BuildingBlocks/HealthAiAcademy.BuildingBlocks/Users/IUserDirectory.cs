namespace HealthAiAcademy.BuildingBlocks.Users;

/// <summary>The host's user accounts, as the modules may see them.</summary>
public interface IUserDirectory
{
    Task<UserProfile?> FindAsync(Guid userId, CancellationToken cancellationToken);

    Task<UserProfile?> FindByEmailAsync(string email, CancellationToken cancellationToken);

    Task<IReadOnlyDictionary<Guid, UserProfile>> FindManyAsync(IReadOnlyCollection<Guid> userIds, CancellationToken cancellationToken);

    /// <summary>The accounts (erased ones excepted) with these addresses, keyed by the address in upper case.</summary>
    Task<IReadOnlyDictionary<string, UserProfile>> FindManyByEmailAsync(IReadOnlyCollection<string> emails, CancellationToken cancellationToken);

    /// <summary>Active accounts holding a staff role (instructor, coordinator, administrator) whose name or email contains every word, by name.</summary>
    Task<IReadOnlyList<UserProfile>> SearchStaffAsync(string? search, int limit, CancellationToken cancellationToken);

    /// <summary>Of <paramref name="userIds"/>, the active accounts holding a staff role.</summary>
    Task<IReadOnlyDictionary<Guid, UserProfile>> FindStaffAsync(IReadOnlyCollection<Guid> userIds, CancellationToken cancellationToken);
}

/// <param name="FullName">The name as it must appear on certificates.</param>
/// <param name="RegistrationNumber">A professional registration number such as a BIG number, when the user gave one.</param>
public sealed record UserProfile(
    Guid UserId,
    string Email,
    string FullName,
    string? Profession,
    string? RegistrationNumber,
    string? StudentNumber,
    string? PreferredLanguage = null);

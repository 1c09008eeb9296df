namespace HealthAiAcademy.Host.Identity.Features.Shared;

/// <summary>An account as administrators see it in lists and on its page.</summary>
internal sealed record UserSummary(
    Guid Id,
    string Email,
    string FullName,
    string? Profession,
    string? RegistrationNumber,
    IReadOnlyList<string> Roles,
    AccountStatus Status,
    bool TwoFactorEnabled,
    DateTime CreatedAtUtc);

internal sealed record AccountChangeView(AccountChangeKind Kind, string? Detail, string ActorName, DateTime AtUtc);

internal sealed record UserDetails(UserSummary User, IReadOnlyList<AccountChangeView> Changes);

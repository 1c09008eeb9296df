namespace HealthAiAcademy.Host.Identity;

public enum AccountChangeKind
{
    Registered,
    Invited,
    InvitationSent,
    RoleGranted,
    RoleRevoked,
    Deactivated,
    Reactivated,
    EmailConfirmed,
    PasswordSet,
    PasswordReset,
    PasswordChanged,
    EmailChanged,
    SignedOutEverywhere,
    TwoFactorEnabled,
    TwoFactorDisabled,
    RecoveryCodesRenewed,
    ExternalLoginLinked,
    ProfileChanged,
    Erased,
}

/// <summary>
/// One change to an account: who did it (the person themselves, an administrator, or the system), what and when.
/// Never updated or deleted: it is the answer to "who made her a coordinator?".
/// </summary>
public sealed class AccountChange
{
    public const int DetailMaxLength = 400;

    private AccountChange()
    {
    }

    public AccountChange(Guid userId, Guid? actorId, string actorName, AccountChangeKind kind, string? detail, DateTime atUtc)
    {
        Id = Guid.NewGuid();
        UserId = userId;
        ActorId = actorId;
        ActorName = actorName;
        Kind = kind;
        Detail = detail is { Length: > DetailMaxLength } ? detail[..DetailMaxLength] : detail;
        AtUtc = atUtc;
    }

    public Guid Id { get; private set; }

    public Guid UserId { get; private set; }

    /// <summary>Null when the system made the change (a seed, a command-line tool).</summary>
    public Guid? ActorId { get; private set; }

    /// <summary>The actor's name and email at the time, so the record reads the same after the actor's account changes.</summary>
    public string ActorName { get; private set; } = string.Empty;

    public AccountChangeKind Kind { get; private set; }

    public string? Detail { get; private set; }

    public DateTime AtUtc { get; private set; }
}

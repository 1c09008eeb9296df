using HealthAiAcademy.BuildingBlocks.Delivery;

namespace HealthAiAcademy.Compliance.Domain;

internal enum NudgeStage
{
    /// <summary>Fulfilled, but lapsing within 60 days.</summary>
    Expiring,

    /// <summary>Missing, or lapsed.</summary>
    Overdue,
}

/// <summary>
/// A reminder about one requirement, claimed before it is sent: (person, requirement, stage, episode) is unique, so each
/// stage is told once; the episode (the day the fulfilling completion lapses, or none) starts a new one after renewal.
/// </summary>
internal sealed class ObligationNudge : ISendClaim
{
    private ObligationNudge()
    {
    }

    public ObligationNudge(Guid userId, Guid requirementId, NudgeStage stage, DateOnly episode, DateTime claimedAtUtc)
    {
        UserId = userId;
        RequirementId = requirementId;
        Stage = stage;
        Episode = episode;
        ClaimedAtUtc = claimedAtUtc;
    }

    public Guid UserId { get; private set; }

    public Guid RequirementId { get; private set; }

    public NudgeStage Stage { get; private set; }

    /// <summary>The lapse date of the completion the stage is about; <see cref="DateOnly.MinValue"/> when there never was one.</summary>
    public DateOnly Episode { get; private set; }

    public DateTime ClaimedAtUtc { get; private set; }

    public DateTime? SentAtUtc { get; private set; }

    public void Reclaim(DateTime nowUtc) => ClaimedAtUtc = nowUtc;

    public void MarkSent(DateTime nowUtc) => SentAtUtc = nowUtc;
}

/// <summary>A manager's monthly summary of their unit, claimed before it is sent: once per unit, manager and month.</summary>
internal sealed class ManagerSummary : ISendClaim
{
    private ManagerSummary()
    {
    }

    public ManagerSummary(Guid unitId, Guid managerId, string month, DateTime claimedAtUtc)
    {
        UnitId = unitId;
        ManagerId = managerId;
        Month = month;
        ClaimedAtUtc = claimedAtUtc;
    }

    public Guid UnitId { get; private set; }

    public Guid ManagerId { get; private set; }

    /// <summary>"2026-12": the month it covers.</summary>
    public string Month { get; private set; } = string.Empty;

    public DateTime ClaimedAtUtc { get; private set; }

    public DateTime? SentAtUtc { get; private set; }

    public void Reclaim(DateTime nowUtc) => ClaimedAtUtc = nowUtc;

    public void MarkSent(DateTime nowUtc) => SentAtUtc = nowUtc;
}

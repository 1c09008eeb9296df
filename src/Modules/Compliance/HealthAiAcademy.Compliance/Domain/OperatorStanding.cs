namespace HealthAiAcademy.Compliance.Domain;

/// <summary>
/// The last known answer of the status API for one person and one system: a recalculation that finds a different one
/// pushes it to the hospital's systems. The timestamp is a concurrency token, so two hosts announce a change once.
/// </summary>
internal sealed class OperatorStanding
{
    private OperatorStanding()
    {
    }

    public OperatorStanding(Guid systemId, Guid userId)
    {
        SystemId = systemId;
        UserId = userId;
    }

    public Guid SystemId { get; private set; }

    public Guid UserId { get; private set; }

    public bool MayOperate { get; private set; }

    public DateOnly? OperateUntil { get; private set; }

    public bool MayOversee { get; private set; }

    public DateOnly? OverseeUntil { get; private set; }

    public DateTime ChangedAtUtc { get; private set; }

    /// <returns>Whether the answer differs from the one known.</returns>
    public bool Update(bool mayOperate, DateOnly? operateUntil, bool mayOversee, DateOnly? overseeUntil, DateTime nowUtc)
    {
        if (MayOperate == mayOperate && OperateUntil == operateUntil && MayOversee == mayOversee && OverseeUntil == overseeUntil)
        {
            return false;
        }

        (MayOperate, OperateUntil, MayOversee, OverseeUntil, ChangedAtUtc) = (mayOperate, operateUntil, mayOversee, overseeUntil, nowUtc);
        return true;
    }
}

namespace HealthAiAcademy.Compliance.Domain;

/// <summary>Who keeps a membership up to date: an HR import overwrites its own on the next file; a manual one stays until ended by hand.</summary>
internal enum MembershipSource
{
    Manual,
    HrImport,
}

/// <summary>
/// A person's place in a unit with a function, from a start to an end. Ended memberships stay: a report at an earlier
/// date must know who was in the department then. A person has at most one current membership per unit.
/// </summary>
internal sealed class Membership
{
    private Membership()
    {
    }

    public Membership(Guid userId, Guid unitId, Guid functionId, bool isManager, MembershipSource source, DateTime nowUtc)
    {
        Id = Guid.NewGuid();
        UserId = userId;
        UnitId = unitId;
        FunctionId = functionId;
        IsManager = isManager;
        Source = source;
        StartedAtUtc = nowUtc;
    }

    public Guid Id { get; private set; }

    public Guid UserId { get; private set; }

    public Guid UnitId { get; private set; }

    public Guid FunctionId { get; private set; }

    /// <summary>Managers receive the unit's monthly compliance summary.</summary>
    public bool IsManager { get; private set; }

    public MembershipSource Source { get; private set; }

    public DateTime StartedAtUtc { get; private set; }

    public DateTime? EndedAtUtc { get; private set; }

    public bool IsCurrent => EndedAtUtc is null;

    public bool WasCurrentAt(DateTime atUtc) => StartedAtUtc <= atUtc && (EndedAtUtc is null || EndedAtUtc > atUtc);

    /// <summary>Sets function and manager role; true when anything changed. The source becomes the changer's.</summary>
    public bool Change(Guid functionId, bool isManager, MembershipSource source)
    {
        var changed = FunctionId != functionId || IsManager != isManager || Source != source;
        FunctionId = functionId;
        IsManager = isManager;
        Source = source;
        return changed;
    }

    public void End(DateTime nowUtc) => EndedAtUtc ??= nowUtc;
}

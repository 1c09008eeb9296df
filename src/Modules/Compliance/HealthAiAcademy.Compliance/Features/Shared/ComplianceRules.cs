using HealthAiAcademy.Compliance.Data;
using HealthAiAcademy.Compliance.Domain;
using Microsoft.EntityFrameworkCore;

namespace HealthAiAcademy.Compliance.Features.Shared;

/// <summary>Where a person stands on one requirement on a given day.</summary>
internal enum ObligationState
{
    /// <summary>Fulfilled, and for more than the warning period.</summary>
    Met,

    /// <summary>Fulfilled, but it lapses within <see cref="ComplianceRules.ExpiringWithinDays"/> days.</summary>
    Expiring,

    /// <summary>Once fulfilled; no longer.</summary>
    Expired,

    /// <summary>Never fulfilled.</summary>
    Missing,
}

/// <summary>What meets a requirement: a certificate of one of its courses, or training elsewhere that a coordinator approved.</summary>
/// <param name="SourceId">The certificate's id, or the recorded equivalent's.</param>
internal sealed record Fulfilment(Guid SourceId, bool IsEquivalent, string Title, string? Provider, DateOnly CompletedOn, DateOnly? ExpiresOn)
{
    public static Fulfilment Of(TrainingRecord record) => new(record.CertificateId, false, record.Title, null, record.CompletedOn, record.ExpiresOn);

    public static Fulfilment Of(RecordedEquivalent equivalent) =>
        new(equivalent.Id, true, equivalent.Title, equivalent.Provider, equivalent.CompletedOn, equivalent.ExpiresOn);
}

/// <summary>A person's training as Compliance knows it: certificates from Certification's events, and approved equivalents.</summary>
internal sealed record PersonTraining(IReadOnlyList<TrainingRecord> Records, IReadOnlyList<RecordedEquivalent> Equivalents)
{
    public static readonly PersonTraining None = new([], []);
}

/// <param name="ValidUntil">The last day the fulfilling completion counts; null when it counts for good (or there is none).</param>
internal sealed record Obligation(Requirement Requirement, AiSystem? System, ObligationState State, DateOnly? ValidUntil, Fulfilment? FulfilledBy)
{
    public bool IsFulfilled => State is ObligationState.Met or ObligationState.Expiring;
}

/// <summary>Whether a person may operate or oversee a system on a day, why not, and until when.</summary>
internal sealed record SystemStanding(bool IsUser, bool MayOperate, bool IsOverseer, bool MayOversee, DateOnly? OperateUntil, DateOnly? OverseeUntil,
    IReadOnlyList<Obligation> Operation, IReadOnlyList<Obligation> Oversight);

/// <summary>
/// The AI Act's questions answered from the organisation, the register and the requirements, loaded once: which
/// requirements apply to a person (by their memberships on the day), and whether their training meets them.
/// </summary>
internal sealed class ComplianceRules
{
    public const int ExpiringWithinDays = 60;

    private readonly Dictionary<Guid, OrganisationUnit> units;

    private ComplianceRules(List<OrganisationUnit> units, List<Requirement> requirements, List<AiSystem> systems)
    {
        this.units = units.ToDictionary(u => u.Id);
        Requirements = requirements;
        Systems = systems.ToDictionary(s => s.Id);
    }

    public IReadOnlyList<Requirement> Requirements { get; }

    public IReadOnlyDictionary<Guid, AiSystem> Systems { get; }

    public static async Task<ComplianceRules> LoadAsync(ComplianceDbContext db, CancellationToken cancellationToken) => new(
        await db.Units.AsNoTracking().ToListAsync(cancellationToken),
        await db.Requirements.AsNoTracking().OrderBy(r => r.Title).ToListAsync(cancellationToken),
        await db.AiSystems.AsNoTracking().OrderBy(s => s.Name).ToListAsync(cancellationToken));

    /// <summary>Whether <paramref name="unitId"/> is <paramref name="scopeId"/> or lies below it.</summary>
    public bool IsWithin(Guid unitId, Guid scopeId)
    {
        for (Guid? current = unitId; current is { } id; current = units.TryGetValue(id, out var unit) ? unit.ParentId : null)
        {
            if (id == scopeId)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether the requirement asks something of someone with these memberships (current on the day).</summary>
    public bool Applies(Requirement requirement, Guid userId, IReadOnlyList<Membership> memberships)
    {
        bool FunctionFits(Membership m) => requirement.FunctionIds.Count == 0 || requirement.FunctionIds.Contains(m.FunctionId);
        if (requirement.Kind == RequirementKind.Literacy)
        {
            return memberships.Any(m => FunctionFits(m) && (requirement.UnitIds.Count == 0 || requirement.UnitIds.Any(u => IsWithin(m.UnitId, u))));
        }

        if (requirement.SystemId is not { } systemId || !Systems.TryGetValue(systemId, out var system) || !system.IsDeployed)
        {
            return false;
        }

        return requirement.Kind == RequirementKind.Oversight
            ? system.OverseerIds.Contains(userId)
            : memberships.Any(m => FunctionFits(m) && UsesSystem(system, m));
    }

    public bool UsesSystem(AiSystem system, Membership membership) => system.UnitIds.Any(u => IsWithin(membership.UnitId, u));

    /// <summary>Every requirement that applies to the person on the day, and where they stand on it.</summary>
    public IReadOnlyList<Obligation> ObligationsOf(Guid userId, IReadOnlyList<Membership> memberships, PersonTraining training, DateOnly day) =>
        [.. Requirements.Where(r => Applies(r, userId, memberships)).Select(r => Assess(r, training, day))];

    /// <summary>Where the person's training leaves them on the requirement: the completion that counts longest decides.</summary>
    public Obligation Assess(Requirement requirement, PersonTraining training, DateOnly day)
    {
        var system = requirement.SystemId is { } id ? Systems.GetValueOrDefault(id) : null;
        var candidates = training.Records.Where(r => requirement.CourseIds.Contains(r.CourseId) && r.CountsOn(day)).Select(Fulfilment.Of)
            .Concat(training.Equivalents.Where(e => e.RequirementId == requirement.Id && e.CountsOn(day)).Select(Fulfilment.Of))
            .Select(f => (Record: f, Until: requirement.ValidUntil(f.CompletedOn, f.ExpiresOn)))
            .OrderByDescending(c => c.Until ?? DateOnly.MaxValue)
            .ToList();
        if (candidates.Count == 0)
        {
            return new Obligation(requirement, system, ObligationState.Missing, null, null);
        }

        var (best, until) = candidates[0];
        var state = until switch
        {
            { } last when last < day => ObligationState.Expired,
            { } last when last.DayNumber - day.DayNumber < ExpiringWithinDays => ObligationState.Expiring,
            _ => ObligationState.Met,
        };
        return new Obligation(requirement, system, state, until, best);
    }

    /// <summary>May the person operate the system (they work in a unit using it and meet its users' requirements), and oversee it.</summary>
    public SystemStanding Standing(AiSystem system, Guid userId, IReadOnlyList<Membership> memberships, PersonTraining training, DateOnly day)
    {
        var isUser = system.IsDeployed && memberships.Any(m => UsesSystem(system, m));
        var isOverseer = system.IsDeployed && system.OverseerIds.Contains(userId);
        var operation = Requirements.Where(r => r.SystemId == system.Id && r.Kind == RequirementKind.Operation && Applies(r, userId, memberships))
            .Select(r => Assess(r, training, day)).ToList();
        var oversight = Requirements.Where(r => r.SystemId == system.Id && r.Kind == RequirementKind.Oversight && isOverseer)
            .Select(r => Assess(r, training, day)).ToList();
        var mayOperate = isUser && operation.All(o => o.IsFulfilled);
        var mayOversee = isOverseer && oversight.All(o => o.IsFulfilled);
        return new SystemStanding(isUser, mayOperate, isOverseer, mayOversee,
            mayOperate ? Earliest(operation, system) : null, mayOversee ? Earliest(oversight, system) : null, operation, oversight);
    }

    /// <summary>The first day any of them lapses (or the system retires); null when nothing ends.</summary>
    private static DateOnly? Earliest(IEnumerable<Obligation> obligations, AiSystem system) =>
        obligations.Select(o => o.ValidUntil).Append(system.RetiredOn).Where(d => d is not null).Min();
}

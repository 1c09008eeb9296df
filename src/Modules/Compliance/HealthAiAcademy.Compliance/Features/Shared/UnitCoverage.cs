using HealthAiAcademy.Compliance.Domain;

namespace HealthAiAcademy.Compliance.Features.Shared;

/// <param name="Open">The people who do not meet it (missing or expired).</param>
internal sealed record RequirementCoverage(Guid RequirementId, string Title, int Done, int Required, IReadOnlyList<Guid> Open)
{
    public int Percent => Required == 0 ? 100 : (int)Math.Round(100.0 * Done / Required);
}

/// <summary>How a unit (with the units below it) stands on each requirement that applies to its people, on the facts' day.</summary>
internal static class UnitCoverage
{
    public static IReadOnlyList<RequirementCoverage> Of(Guid unitId, ComplianceRules rules, PeopleFacts facts)
    {
        var staff = facts.Memberships.Where(p => p.Any(m => rules.IsWithin(m.UnitId, unitId))).Select(p => p.Key).ToList();
        return [.. staff.SelectMany(id => rules.ObligationsOf(id, facts.MembershipsOf(id), facts.RecordsOf(id), facts.Day).Select(o => (UserId: id, Obligation: o)))
            .GroupBy(x => x.Obligation.Requirement.Id)
            .Select(g => new RequirementCoverage(g.Key, g.First().Obligation.Requirement.Title, g.Count(x => x.Obligation.IsFulfilled), g.Count(),
                [.. g.Where(x => !x.Obligation.IsFulfilled).Select(x => x.UserId)]))
            .OrderBy(c => c.Title, StringComparer.CurrentCultureIgnoreCase)];
    }
}

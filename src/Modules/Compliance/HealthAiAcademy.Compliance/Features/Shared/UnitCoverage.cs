using HealthAiAcademy.BuildingBlocks.Time;
using HealthAiAcademy.Compliance.Data;
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
    public static IReadOnlyList<RequirementCoverage> Of(Guid unitId, ComplianceRules rules, PeopleFacts facts) =>
        Summarise(ObligationsWithin(unitId, rules, facts));

    /// <summary>Every obligation of every person with a membership in the unit (or below it) on the facts' day; null: the whole hospital.</summary>
    public static IReadOnlyList<(Guid UserId, Obligation Obligation)> ObligationsWithin(Guid? unitId, ComplianceRules rules, PeopleFacts facts) =>
        [.. facts.Memberships.Where(p => unitId is not { } scope || p.Any(m => rules.IsWithin(m.UnitId, scope))).Select(p => p.Key)
            .SelectMany(id => rules.ObligationsOf(id, facts.MembershipsOf(id), facts.TrainingOf(id), facts.Day).Select(o => (UserId: id, Obligation: o)))];

    /// <summary>Per requirement, how many of those asked meet it, and who does not; by title.</summary>
    public static IReadOnlyList<RequirementCoverage> Summarise(IEnumerable<(Guid UserId, Obligation Obligation)> obligations) =>
        [.. obligations.GroupBy(x => x.Obligation.Requirement.Id)
            .Select(g => new RequirementCoverage(g.Key, g.First().Obligation.Requirement.Title, g.Count(x => x.Obligation.IsFulfilled), g.Count(),
                [.. g.Where(x => !x.Obligation.IsFulfilled).Select(x => x.UserId)]))
            .OrderBy(c => c.Title, StringComparer.CurrentCultureIgnoreCase)];

    /// <summary>
    /// The unit's coverage at the end of each of the last <paramref name="months"/> months and today, from the memberships
    /// and training as they stood then (requirements as they are now: the register keeps no history of them).
    /// </summary>
    public static async Task<IReadOnlyList<(DateOnly Day, IReadOnlyList<RequirementCoverage> Coverage)>> TrendAsync(
        ComplianceDbContext db, Guid unitId, ComplianceRules rules, DateTime nowUtc, int months, CancellationToken cancellationToken)
    {
        var today = AcademyTime.DateOf(nowUtc);
        var firstOfMonth = new DateOnly(today.Year, today.Month, 1);
        var days = Enumerable.Range(1, months).Reverse().Select(back => firstOfMonth.AddMonths(-back + 1).AddDays(-1)).Append(today).ToList();
        var history = await PeopleFacts.HistoryWithinAsync(db, rules, unitId, AcademyTime.EndOfDayUtc(days[0]), cancellationToken);
        return [.. days.Select(day => (day, Of(unitId, rules, history.At(day == today ? nowUtc : AcademyTime.EndOfDayUtc(day)))))];
    }
}

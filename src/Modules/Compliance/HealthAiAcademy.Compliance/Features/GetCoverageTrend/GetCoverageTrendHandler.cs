using HealthAiAcademy.BuildingBlocks.Users;
using HealthAiAcademy.BuildingBlocks.Web;
using HealthAiAcademy.Compliance.Data;
using HealthAiAcademy.Compliance.Features.Shared;
using Microsoft.EntityFrameworkCore;

namespace HealthAiAcademy.Compliance.Features.GetCoverageTrend;

/// <param name="Days">The end of each of the last twelve months, then today.</param>
/// <param name="Series">One per requirement that applied to the unit's people on any of those days.</param>
internal sealed record CoverageTrend(Guid UnitId, IReadOnlyList<DateOnly> Days, IReadOnlyList<TrendSeries> Series);

/// <param name="Points">Per day: how many met it of how many it asked; null when it asked nobody there on that day.</param>
internal sealed record TrendSeries(Guid RequirementId, string Title, IReadOnlyList<TrendPoint?> Points);

internal sealed record TrendPoint(int Done, int Required, int Percent);

/// <summary>How a unit's coverage per requirement developed: the share meeting each requirement at the end of each month.</summary>
internal sealed class GetCoverageTrendHandler(ComplianceDbContext db, ICurrentUser currentUser, TimeProvider clock)
{
    public const int Months = 12;

    public async Task<Outcome<CoverageTrend>> HandleAsync(Guid unitId, CancellationToken cancellationToken)
    {
        if (!currentUser.MayRead())
        {
            return Outcome<CoverageTrend>.Forbidden(OrganisationRights.ReadRefusal);
        }

        if (!await db.Units.AnyAsync(u => u.Id == unitId, cancellationToken))
        {
            return Outcome<CoverageTrend>.NotFound("The unit");
        }

        var rules = await ComplianceRules.LoadAsync(db, cancellationToken);
        var trend = await UnitCoverage.TrendAsync(db, unitId, rules, clock.GetUtcNow().UtcDateTime, Months, cancellationToken);
        var series = trend.SelectMany(t => t.Coverage).GroupBy(c => c.RequirementId)
            .Select(g => new TrendSeries(g.Key, g.First().Title, [.. trend.Select(t => t.Coverage.FirstOrDefault(c => c.RequirementId == g.Key) is { } c
                ? new TrendPoint(c.Done, c.Required, c.Percent) : null)]))
            .OrderBy(s => s.Title, StringComparer.CurrentCultureIgnoreCase).ToList();
        return Outcome<CoverageTrend>.Ok(new CoverageTrend(unitId, [.. trend.Select(t => t.Day)], series));
    }
}

using HealthAiAcademy.BuildingBlocks.Users;
using HealthAiAcademy.BuildingBlocks.Web;
using HealthAiAcademy.Compliance.Data;
using HealthAiAcademy.Compliance.Domain;
using HealthAiAcademy.Compliance.Features.Shared;
using Microsoft.EntityFrameworkCore;

namespace HealthAiAcademy.Compliance.Features.GetUnit;

/// <param name="Coverage">Per requirement that applies to its people (with the units below): how many meet it today, and who does not.</param>
internal sealed record UnitDetails(
    Guid Id, string Name, UnitLevel Level, string Path, Guid? ParentId, IReadOnlyList<UnitView> Children, IReadOnlyList<MemberView> Members,
    IReadOnlyList<CoverageView> Coverage);

internal sealed record CoverageView(Guid RequirementId, string Title, int Done, int Required, int Percent, IReadOnlyList<string> Open);

/// <param name="SinceUtc">When the person joined the unit (or the import that put them there ran).</param>
internal sealed record MemberView(
    Guid UserId, string FullName, string Email, string? StaffNumber, Guid FunctionId, string Function, bool IsManager, MembershipSource Source, DateTime SinceUtc);

internal sealed class GetUnitHandler(ComplianceDbContext db, IUserDirectory users, ICurrentUser currentUser, TimeProvider clock)
{
    public async Task<Outcome<UnitDetails>> HandleAsync(Guid unitId, CancellationToken cancellationToken)
    {
        if (!currentUser.MayRead())
        {
            return Outcome<UnitDetails>.Forbidden(OrganisationRights.ReadRefusal);
        }

        var unit = await db.Units.AsNoTracking().SingleOrDefaultAsync(u => u.Id == unitId, cancellationToken);
        if (unit is null)
        {
            return Outcome<UnitDetails>.NotFound("The unit");
        }

        var children = await db.Units.AsNoTracking().Where(u => u.ParentId == unitId).ToListAsync(cancellationToken);
        var childIds = children.Select(c => c.Id).ToList();
        var childMembers = await db.Memberships.Where(m => m.EndedAtUtc == null && childIds.Contains(m.UnitId))
            .GroupBy(m => m.UnitId).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
        var memberships = await (
                from m in db.Memberships.AsNoTracking()
                where m.UnitId == unitId && m.EndedAtUtc == null
                join f in db.Functions on m.FunctionId equals f.Id
                join s in db.StaffMembers on m.UserId equals s.UserId into numbers
                from s in numbers.DefaultIfEmpty()
                select new { m.UserId, m.FunctionId, Function = f.Name, m.IsManager, m.Source, m.StartedAtUtc, StaffNumber = s == null ? null : s.StaffNumber })
            .ToListAsync(cancellationToken);
        var rules = await ComplianceRules.LoadAsync(db, cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        var coverage = UnitCoverage.Of(unitId, rules, await PeopleFacts.WithinAsync(db, rules, unitId, now, cancellationToken));
        var people = await users.FindManyAsync([.. memberships.Select(m => m.UserId).Concat(coverage.SelectMany(c => c.Open))], cancellationToken);
        var members = memberships
            .Where(m => people.ContainsKey(m.UserId))
            .Select(m => new MemberView(m.UserId, people[m.UserId].FullName, people[m.UserId].Email, m.StaffNumber, m.FunctionId, m.Function, m.IsManager, m.Source, m.StartedAtUtc))
            .OrderByDescending(m => m.IsManager).ThenBy(m => m.FullName, StringComparer.CurrentCultureIgnoreCase)
            .ToList();
        return Outcome<UnitDetails>.Ok(new UnitDetails(unit.Id, unit.Name, unit.Level, unit.Path, unit.ParentId,
            [.. children.OrderBy(c => c.Name, StringComparer.CurrentCultureIgnoreCase)
                .Select(c => new UnitView(c.Id, c.Name, c.Level, c.ParentId, c.Path, childMembers.GetValueOrDefault(c.Id)))],
            members,
            [.. coverage.Select(c => new CoverageView(c.RequirementId, c.Title, c.Done, c.Required, c.Percent,
                [.. c.Open.Where(people.ContainsKey).Select(id => people[id].FullName).Order(StringComparer.CurrentCultureIgnoreCase)]))]));
    }
}

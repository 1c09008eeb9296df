using HealthAiAcademy.BuildingBlocks.Users;
using HealthAiAcademy.BuildingBlocks.Web;
using HealthAiAcademy.Compliance.Data;
using HealthAiAcademy.Compliance.Features.Shared;
using Microsoft.EntityFrameworkCore;

namespace HealthAiAcademy.Compliance.Features.ListOrganisation;

internal sealed record OrganisationView(IReadOnlyList<UnitView> Units, IReadOnlyList<FunctionView> Functions);

/// <param name="Members">People who hold the function now, in any unit.</param>
internal sealed record FunctionView(Guid Id, string Name, int Members);

/// <summary>The organisation chart with head counts: what an administrator keeps and a coordinator plans training for.</summary>
internal sealed class ListOrganisationHandler(ComplianceDbContext db, ICurrentUser currentUser)
{
    public async Task<Outcome<OrganisationView>> HandleAsync(CancellationToken cancellationToken)
    {
        if (!currentUser.MayRead())
        {
            return Outcome<OrganisationView>.Forbidden(OrganisationRights.ReadRefusal);
        }

        var units = await db.Units.AsNoTracking().ToListAsync(cancellationToken);
        var current = db.Memberships.Where(m => m.EndedAtUtc == null);
        var perUnit = await current.GroupBy(m => m.UnitId).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
        var perFunction = await current.GroupBy(m => m.FunctionId).Select(g => new { g.Key, Count = g.Select(m => m.UserId).Distinct().Count() })
            .ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
        var functions = await db.Functions.AsNoTracking().OrderBy(f => f.Name).ToListAsync(cancellationToken);
        return Outcome<OrganisationView>.Ok(new OrganisationView(
            UnitView.InTreeOrder(units, perUnit),
            [.. functions.Select(f => new FunctionView(f.Id, f.Name, perFunction.GetValueOrDefault(f.Id)))]));
    }
}

using HealthAiAcademy.Compliance.Data;
using Microsoft.EntityFrameworkCore;

namespace HealthAiAcademy.Compliance.Features.Shared;

/// <summary>Units by id as people name them ("Division / Department / Unit").</summary>
internal sealed class UnitPaths(IReadOnlyDictionary<Guid, string> paths)
{
    public static async Task<UnitPaths> LoadAsync(ComplianceDbContext db, CancellationToken cancellationToken) =>
        new(await db.Units.AsNoTracking().ToDictionaryAsync(u => u.Id, u => u.Path, cancellationToken));

    public string Of(Guid unitId) => paths.GetValueOrDefault(unitId, "?");
}

using HealthAiAcademy.Compliance.Data;
using HealthAiAcademy.Compliance.Domain;
using Microsoft.EntityFrameworkCore;

namespace HealthAiAcademy.Compliance.Features.Shared;

/// <summary>
/// The organisation's units and functions as one unit of work sees them: found by path or name, added when an HR file or
/// an administrator names one that does not exist yet. Load once, inside the transaction.
/// </summary>
internal sealed class OrganisationChart
{
    private readonly ComplianceDbContext db;
    private readonly DateTime nowUtc;
    private readonly Dictionary<string, OrganisationUnit> units;
    private readonly Dictionary<string, JobFunction> functions;

    private OrganisationChart(ComplianceDbContext db, DateTime nowUtc, List<OrganisationUnit> units, List<JobFunction> functions)
    {
        this.db = db;
        this.nowUtc = nowUtc;
        this.units = units.ToDictionary(u => u.NormalizedPath);
        this.functions = functions.ToDictionary(f => f.NormalizedName);
    }

    public static async Task<OrganisationChart> LoadAsync(ComplianceDbContext db, DateTime nowUtc, CancellationToken cancellationToken) =>
        new(db, nowUtc, await db.Units.ToListAsync(cancellationToken), await db.Functions.ToListAsync(cancellationToken));

    /// <summary>The unit at the end of the path (division first), with any level along it that was missing.</summary>
    public OrganisationUnit UnitAt(IReadOnlyList<string> names)
    {
        OrganisationUnit? unit = null;
        for (var depth = 1; depth <= names.Count; depth++)
        {
            var key = OrganisationUnit.Normalize(OrganisationUnit.PathOf(names.Take(depth)));
            if (!units.TryGetValue(key, out var found))
            {
                found = unit is null ? OrganisationUnit.Division(names[0], nowUtc) : OrganisationUnit.Under(unit, names[depth - 1], nowUtc);
                units[key] = found;
                db.Units.Add(found);
            }

            unit = found;
        }

        return unit!;
    }

    /// <summary>The function of that name, added when there is none yet.</summary>
    public JobFunction Function(string name)
    {
        if (!functions.TryGetValue(JobFunction.Normalize(name), out var function))
        {
            function = new JobFunction(name, nowUtc);
            functions[function.NormalizedName] = function;
            db.Functions.Add(function);
        }

        return function;
    }
}

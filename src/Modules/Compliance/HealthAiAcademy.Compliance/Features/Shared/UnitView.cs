using HealthAiAcademy.Compliance.Domain;

namespace HealthAiAcademy.Compliance.Features.Shared;

/// <param name="Members">People currently in this unit itself (not the units below it).</param>
internal sealed record UnitView(Guid Id, string Name, UnitLevel Level, Guid? ParentId, string Path, int Members)
{
    /// <summary>Units in the chart's order: each division, then its departments, each followed by its units, by name.</summary>
    public static IReadOnlyList<UnitView> InTreeOrder(IReadOnlyList<OrganisationUnit> units, IReadOnlyDictionary<Guid, int> members)
    {
        var children = units.ToLookup(u => u.ParentId);
        var ordered = new List<UnitView>(units.Count);
        void Add(Guid? parentId)
        {
            foreach (var unit in children[parentId].OrderBy(u => u.Name, StringComparer.CurrentCultureIgnoreCase))
            {
                ordered.Add(new UnitView(unit.Id, unit.Name, unit.Level, unit.ParentId, unit.Path, members.GetValueOrDefault(unit.Id)));
                Add(unit.Id);
            }
        }

        Add(null);
        return ordered;
    }
}

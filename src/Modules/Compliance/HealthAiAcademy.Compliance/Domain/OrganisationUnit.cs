using HealthAiAcademy.BuildingBlocks.Domain;

namespace HealthAiAcademy.Compliance.Domain;

/// <summary>The three levels a hospital's organisation chart has: a division holds departments, a department holds units.</summary>
internal enum UnitLevel
{
    Division,
    Department,
    Unit,
}

/// <summary>A division, department or unit of the hospital. Its path ("Division / Department / Unit") is unique, so an HR file names it.</summary>
internal sealed class OrganisationUnit
{
    public const int NameMaxLength = 100;
    public const string PathSeparator = " / ";

    private OrganisationUnit()
    {
    }

    private OrganisationUnit(string name, UnitLevel level, OrganisationUnit? parent, DateTime nowUtc)
    {
        Id = Guid.NewGuid();
        Name = name;
        Level = level;
        ParentId = parent?.Id;
        Path = parent is null ? name : parent.Path + PathSeparator + name;
        NormalizedPath = Normalize(Path);
        CreatedAtUtc = nowUtc;
    }

    public Guid Id { get; private set; }

    public string Name { get; private set; } = string.Empty;

    public UnitLevel Level { get; private set; }

    public Guid? ParentId { get; private set; }

    /// <summary>The names from the division down, joined by " / ": how people and HR files name the unit.</summary>
    public string Path { get; private set; } = string.Empty;

    /// <summary>The path in upper case, unique: two units of one parent cannot share a name in any spelling.</summary>
    public string NormalizedPath { get; private set; } = string.Empty;

    public DateTime CreatedAtUtc { get; private set; }

    public static string Normalize(string path) => path.Trim().ToUpperInvariant();

    public static string PathOf(IEnumerable<string> names) => string.Join(PathSeparator, names);

    public static OrganisationUnit Division(string name, DateTime nowUtc) => new(CheckedName(name), UnitLevel.Division, null, nowUtc);

    /// <summary>A department under a division or a unit under a department: the level follows from the parent's.</summary>
    public static OrganisationUnit Under(OrganisationUnit parent, string name, DateTime nowUtc) => parent.Level switch
    {
        UnitLevel.Division => new(CheckedName(name), UnitLevel.Department, parent, nowUtc),
        UnitLevel.Department => new(CheckedName(name), UnitLevel.Unit, parent, nowUtc),
        _ => throw new BusinessRuleViolationException("A unit is the lowest level: it holds no units of its own."),
    };

    /// <summary>Renames the unit; the paths of the units below it follow (the caller passes them).</summary>
    public void Rename(string name, OrganisationUnit? parent, IEnumerable<OrganisationUnit> descendants)
    {
        var oldPath = Path;
        Name = CheckedName(name);
        Path = parent is null ? Name : parent.Path + PathSeparator + Name;
        NormalizedPath = Normalize(Path);
        foreach (var below in descendants)
        {
            below.Path = Path + below.Path[oldPath.Length..];
            below.NormalizedPath = Normalize(below.Path);
        }
    }

    private static string CheckedName(string name)
    {
        var trimmed = name.Trim();
        return trimmed.Length is 0 or > NameMaxLength || trimmed.Contains('/', StringComparison.Ordinal)
            ? throw new BusinessRuleViolationException("A name of 1 to 100 characters without a slash.")
            : trimmed;
    }
}

using HealthAiAcademy.BuildingBlocks.Users;

namespace HealthAiAcademy.Certification.Features.Shared;

/// <summary>
/// A profession's re-registration cycle: how many years, how many points, and which registry's points count. Keyed by the
/// profession's code (<c>Certification:CpdCycles:MedicalSpecialist:TargetPoints</c>); registers change their rules, so
/// every value is configuration (ADR 0026).
/// </summary>
internal sealed class CpdCycleOptions
{
    public const string SectionName = "Certification:CpdCycles";

    public Dictionary<string, CpdCycle> Professions { get; init; } = new(StringComparer.OrdinalIgnoreCase);

    public CpdCycle? For(string? profession) =>
        BuildingBlocks.Users.Professions.Find(profession) is { } known && Professions.TryGetValue(known.Code, out var cycle) ? cycle : null;

    public void AddDefaults()
    {
        // BIG re-registration of physicians: 200 hours of accredited education in 5 years (KNMG/RGS), reported through GAIA.
        Professions.TryAdd("MedicalSpecialist", new CpdCycle { Years = 5, TargetPoints = 200, Registry = "GAIA" });
        Professions.TryAdd("GeneralPractitioner", new CpdCycle { Years = 5, TargetPoints = 200, Registry = "GAIA" });
        Professions.TryAdd("Physician", new CpdCycle { Years = 5, TargetPoints = 200, Registry = "GAIA" });
        // V&VN Kwaliteitsregister: 184 hours in 5 years for nurses.
        Professions.TryAdd("Nurse", new CpdCycle { Years = 5, TargetPoints = 184, Registry = "Kwaliteitsregister" });
    }
}

internal sealed class CpdCycle
{
    public int Years { get; init; } = 5;

    public double TargetPoints { get; init; }

    /// <summary>Points count when their registry's name contains this ("GAIA" counts "GAIA/KNMG"); empty: every registry.</summary>
    public string? Registry { get; init; }

    public bool Counts(string registry) => string.IsNullOrWhiteSpace(Registry) || registry.Contains(Registry, StringComparison.OrdinalIgnoreCase);
}

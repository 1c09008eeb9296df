using System.Text.RegularExpressions;

namespace HealthAiAcademy.BuildingBlocks.Users;

/// <param name="Register">The register whose number the profession carries (<see cref="Professions.Big"/>), or null.</param>
public sealed record Profession(string Code, string English, string Dutch, string? Register);

/// <summary>
/// The professions the academy knows, with the register their members are in. A profile's profession is still typed
/// freely; a known one (by its English or Dutch name, singular or plural) is what accreditation rules go by.
/// </summary>
public static partial class Professions
{
    /// <summary>The Dutch BIG register (Wet BIG): physicians, nurses, pharmacists, physician assistants and others.</summary>
    public const string Big = "BIG";

    public static IReadOnlyList<Profession> All { get; } =
    [
        new("MedicalSpecialist", "Medical specialist", "Medisch specialist", Big),
        new("GeneralPractitioner", "General practitioner", "Huisarts", Big),
        new("Physician", "Physician", "Arts", Big),
        new("Nurse", "Nurse", "Verpleegkundige", Big),
        new("NursePractitioner", "Nurse practitioner", "Verpleegkundig specialist", Big),
        new("PhysicianAssistant", "Physician assistant", "Physician assistant", Big),
        new("Pharmacist", "Pharmacist", "Apotheker", Big),
        new("Physiotherapist", "Physiotherapist", "Fysiotherapeut", Big),
        new("Researcher", "Researcher", "Onderzoeker", null),
        new("DataScientist", "Data scientist", "Datawetenschapper", null),
        new("Manager", "Manager", "Manager", null),
        new("Student", "Student", "Student", null),
    ];

    /// <summary>The profession a typed name stands for ("Nurses", "verpleegkundige", "Medical Specialist"), or null.</summary>
    public static Profession? Find(string? name)
    {
        var typed = name?.Trim();
        if (string.IsNullOrEmpty(typed))
        {
            return null;
        }

        return All.FirstOrDefault(p => Matches(p.Code, typed) || Matches(p.English, typed) || Matches(p.Dutch, typed));
    }

    /// <returns>Null when <paramref name="number"/> is well formed for the profession's register, else what is wrong.</returns>
    public static string? RegistrationNumberProblem(string? profession, string? number)
    {
        var trimmed = number?.Replace(" ", "", StringComparison.Ordinal).Trim();
        return string.IsNullOrEmpty(trimmed) || Find(profession)?.Register != Big || BigNumber().IsMatch(trimmed)
            ? null
            : Localization.UseCaseMessages.Translate("A BIG number is 11 digits.");
    }

    private static bool Matches(string known, string typed) =>
        string.Equals(known, typed, StringComparison.OrdinalIgnoreCase)
        || string.Equals(known + "s", typed, StringComparison.OrdinalIgnoreCase)
        || string.Equals(known + "n", typed, StringComparison.OrdinalIgnoreCase);

    [GeneratedRegex(@"^\d{11}$")]
    private static partial Regex BigNumber();
}

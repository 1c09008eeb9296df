using HealthAiAcademy.BuildingBlocks.Users;
using HealthAiAcademy.Courses.Contracts;

namespace HealthAiAcademy.Certification.Features.IssueCertificate;

/// <summary>
/// Which of a course's accreditations a holder is awarded: those for their profession. Registries each serve their own
/// professionals (GAIA physicians, V&amp;VN nurses…), so a nurse's certificate must not carry the physicians' points. A known
/// profession is matched whatever its spelling on either side ("Nurses", "Verpleegkundige"); another by its name.
/// </summary>
internal static class AccreditationFor
{
    public static IEnumerable<AccreditationSnapshot> Holder(IEnumerable<AccreditationSnapshot> accreditations, string? holderProfession)
    {
        if (string.IsNullOrWhiteSpace(holderProfession))
        {
            return [];
        }

        var holder = Professions.Find(holderProfession);
        return accreditations.Where(a => Professions.Find(a.Profession) is { } served
            ? served == holder
            : string.Equals(a.Profession.Trim(), holderProfession.Trim(), StringComparison.OrdinalIgnoreCase));
    }
}

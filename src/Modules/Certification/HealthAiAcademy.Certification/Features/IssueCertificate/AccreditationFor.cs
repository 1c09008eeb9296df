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

    /// <summary>
    /// The points one accreditation awards for the sessions attended: all of them for attending every session that counts
    /// (or when none counts), else the attended share by session or by hour where the course allows partial credit, else
    /// nothing. Shares are rounded down to a tenth, so a registry is never told more than was earned.
    /// </summary>
    public static double Awarded(AccreditationSnapshot accreditation, IReadOnlyList<CountedSession> counted, IReadOnlySet<Guid> present)
    {
        var attended = counted.Where(s => present.Contains(s.Id)).ToList();
        if (attended.Count == counted.Count)
        {
            return accreditation.Points;
        }

        var share = accreditation.PartialCredit switch
        {
            PartialCredit.PerSession => (double)attended.Count / counted.Count,
            PartialCredit.PerHour when counted.Sum(s => s.DurationMinutes) is > 0 and var minutes => (double)attended.Sum(s => s.DurationMinutes) / minutes,
            _ => 0,
        };
        return Math.Floor(accreditation.Points * share * 10 + 1e-9) / 10;
    }
}

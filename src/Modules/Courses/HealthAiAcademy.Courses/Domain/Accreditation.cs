using HealthAiAcademy.Courses.Contracts;

namespace HealthAiAcademy.Courses.Domain;

/// <summary>A registry's accreditation of a course, printed on certificates and exported for the registry.</summary>
/// <param name="Registry">Such as GAIA/KNMG, ABAN, PE-online/V&amp;VN, EACCME.</param>
/// <param name="Profession">For whom the points count, e.g. "Medical specialists".</param>
/// <param name="PartialCredit">Whether missing a session forfeits the points, or costs that session's or those hours' share.</param>
internal sealed record Accreditation(string Registry, string AccreditationId, double Points, string Profession, PartialCredit PartialCredit = PartialCredit.None);

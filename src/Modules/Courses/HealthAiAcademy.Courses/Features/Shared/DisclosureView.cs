using HealthAiAcademy.Courses.Domain;

namespace HealthAiAcademy.Courses.Features.Shared;

internal sealed record RelationshipView(string Company, string Nature);

/// <param name="Declared">False: the instructor has not declared for this run yet (and an accredited run cannot be published).</param>
internal sealed record DisclosureView(
    Guid InstructorId, string InstructorName, bool Declared, bool NothingToDisclose, IReadOnlyList<RelationshipView> Relationships, DateTime? DeclaredAtUtc)
{
    public static DisclosureView From(Guid instructorId, string name, FacultyDisclosure? disclosure) => new(
        instructorId, name, disclosure is not null, disclosure?.NothingToDisclose == true,
        [.. (disclosure?.Relationships ?? []).Select(r => new RelationshipView(r.Company, r.Nature))], disclosure?.DeclaredAtUtc);
}

using Ardalis.Specification;
using HealthAiAcademy.Courses.Domain;

namespace HealthAiAcademy.Courses.Data.Specifications;

/// <summary>An offering's content modules in their order, untracked (their lessons come with them).</summary>
internal sealed class OfferingContentSpecification : Specification<ContentModule>
{
    public OfferingContentSpecification(Guid offeringId) =>
        Query.AsNoTracking().Where(m => m.OfferingId == offeringId).OrderBy(m => m.Position);
}

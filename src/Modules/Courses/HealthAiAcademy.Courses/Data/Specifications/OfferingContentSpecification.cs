using Ardalis.Specification;
using HealthAiAcademy.Courses.Domain;

namespace HealthAiAcademy.Courses.Data.Specifications;

/// <summary>An offering's content modules in their order, untracked (their lessons come with them).</summary>
internal sealed class OfferingContentSpecification : Specification<ContentModule>
{
    public OfferingContentSpecification(Guid offeringId) =>
        Query.AsNoTracking().Where(m => m.OfferingId == offeringId).OrderBy(m => m.Position);

    /// <summary>The modules of several offerings at once, each offering's in order.</summary>
    public OfferingContentSpecification(IReadOnlyCollection<Guid> offeringIds)
    {
        var ids = offeringIds.Distinct().ToList();
        Query.AsNoTracking().Where(m => ids.Contains(m.OfferingId)).OrderBy(m => m.OfferingId).ThenBy(m => m.Position);
    }
}

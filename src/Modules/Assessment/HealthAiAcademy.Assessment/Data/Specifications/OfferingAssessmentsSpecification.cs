using Ardalis.Specification;
using HealthAiAcademy.Assessment.Domain;

namespace HealthAiAcademy.Assessment.Data.Specifications;

/// <summary>
/// An offering's assessments, untracked. Callers order them in memory (due date, then title in the reader's culture), which
/// SQL cannot do the same way on both engines.
/// </summary>
internal sealed class OfferingAssessmentsSpecification : Specification<AssessmentDefinition>
{
    public OfferingAssessmentsSpecification(Guid offeringId) =>
        Query.AsNoTracking().Where(a => a.OfferingId == offeringId);
}

using Ardalis.Specification;

namespace HealthAiAcademy.Enrollment.Data.Specifications;

/// <summary>The enrollments of people taking part in an offering (enrolled or completed), untracked.</summary>
internal sealed class ParticipantsSpecification : Specification<Domain.Enrollment>
{
    public ParticipantsSpecification(Guid offeringId) =>
        Query.AsNoTracking().Where(e => e.OfferingId == offeringId).Where(Domain.Enrollment.TakingPart);
}

/// <summary>One person's enrollments in which they take part (enrolled or completed), untracked.</summary>
internal sealed class ParticipationsSpecification : Specification<Domain.Enrollment>
{
    public ParticipationsSpecification(Guid userId, Guid? offeringId = null)
    {
        Query.AsNoTracking().Where(e => e.UserId == userId).Where(Domain.Enrollment.TakingPart);
        if (offeringId is { } offering)
        {
            Query.Where(e => e.OfferingId == offering);
        }
    }
}

namespace HealthAiAcademy.Enrollment.Domain;

/// <summary>Enrollment's record of an assessment a participant passed (from Assessment's event), for completion.</summary>
internal sealed class PassedAssessment
{
    private PassedAssessment()
    {
    }

    public PassedAssessment(Guid offeringId, Guid userId, Guid assessmentId, DateTime passedAtUtc)
    {
        OfferingId = offeringId;
        UserId = userId;
        AssessmentId = assessmentId;
        PassedAtUtc = passedAtUtc;
    }

    public Guid OfferingId { get; private set; }

    public Guid UserId { get; private set; }

    public Guid AssessmentId { get; private set; }

    public DateTime PassedAtUtc { get; private set; }
}

namespace HealthAiAcademy.Assessment.Domain;

/// <summary>The first time a participant passed an assessment; its key makes the passed event a once-only fact.</summary>
internal sealed class PassRecord
{
    private PassRecord()
    {
    }

    public PassRecord(Guid assessmentId, Guid userId, Guid offeringId, double scorePercent, DateTime passedAtUtc)
    {
        AssessmentId = assessmentId;
        UserId = userId;
        OfferingId = offeringId;
        ScorePercent = scorePercent;
        PassedAtUtc = passedAtUtc;
    }

    public Guid AssessmentId { get; private set; }

    public Guid UserId { get; private set; }

    public Guid OfferingId { get; private set; }

    public double ScorePercent { get; private set; }

    public DateTime PassedAtUtc { get; private set; }
}

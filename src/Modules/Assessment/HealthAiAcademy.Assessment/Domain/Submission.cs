using HealthAiAcademy.BuildingBlocks.Domain;

namespace HealthAiAcademy.Assessment.Domain;

/// <summary>A participant's hand-in for an assignment (one per participant and assignment) and its grade.</summary>
internal sealed class Submission
{
    private Submission()
    {
    }

    public Submission(Guid id, Guid assessmentId, Guid offeringId, Guid userId, int candidateNumber, DateTime submittedAtUtc)
    {
        Id = id;
        CandidateNumber = candidateNumber;
        AssessmentId = assessmentId;
        OfferingId = offeringId;
        UserId = userId;
        SubmittedAtUtc = submittedAtUtc;
        FirstSubmittedAtUtc = submittedAtUtc;
    }

    public Guid Id { get; private set; }

    public Guid AssessmentId { get; private set; }

    public Guid OfferingId { get; private set; }

    public Guid UserId { get; private set; }

    /// <summary>
    /// What markers see instead of the name under blind marking: drawn at random when the work is first handed in and
    /// unique within the assessment, so nothing a marker can see (user ids on the roster included) leads back to the person.
    /// </summary>
    public int CandidateNumber { get; private set; }

    public string? Text { get; private set; }

    public Guid? FileId { get; private set; }

    public string? FileName { get; private set; }

    public long? FileBytes { get; private set; }

    public DateTime FirstSubmittedAtUtc { get; private set; }

    public DateTime SubmittedAtUtc { get; private set; }

    public int DaysLate { get; private set; }

    public GradeState State { get; private set; }

    public List<RubricScore> RubricScores { get; private set; } = [];

    public double? Points { get; private set; }

    public double? RawScorePercent { get; private set; }

    public double PenaltyPercent { get; private set; }

    public double? ScorePercent { get; private set; }

    public string? Feedback { get; private set; }

    public Guid? GradedBy { get; private set; }

    public DateTime? GradedAtUtc { get; private set; }

    public DateTime? ReleasedAtUtc { get; private set; }

    /// <summary>Bumped on every change, so two markers (or two hand-ins) at once cannot overwrite each other.</summary>
    public int Version { get; private set; }

    /// <summary>
    /// On erasure or at the end of the retention period: the work itself (text, file) and the feedback on it go; the
    /// score, the dates and who graded stay, so the gradebook and the pass still add up.
    /// </summary>
    /// <returns>The file to delete with it, if any.</returns>
    public Guid? EraseContent()
    {
        var file = FileId;
        Text = null;
        FileId = null;
        Feedback = null;
        Version++;
        return file;
    }

    public void HandIn(string? text, Guid? fileId, string? fileName, long? fileBytes, int daysLate, double penaltyPercent, DateTime nowUtc)
    {
        if (State != GradeState.NotGraded)
        {
            throw new BusinessRuleViolationException("The work is already graded and can no longer be replaced.");
        }

        Text = text;
        FileId = fileId;
        FileName = fileName;
        FileBytes = fileBytes;
        DaysLate = daysLate;
        PenaltyPercent = penaltyPercent;
        SubmittedAtUtc = nowUtc;
        Version++;
    }

    public void Grade(IEnumerable<RubricScore> rubricScores, double points, double availablePoints, string? feedback, Guid markerId, DateTime nowUtc)
    {
        RubricScores = [.. rubricScores];
        Points = points;
        RawScorePercent = availablePoints <= 0 ? 0 : Math.Round(points * 100 / availablePoints, 2);
        ScorePercent = LatePenalty.Apply(RawScorePercent.Value, PenaltyPercent);
        Feedback = feedback;
        GradedBy = markerId;
        GradedAtUtc = nowUtc;
        if (State == GradeState.NotGraded)
        {
            State = GradeState.Graded;
        }

        Version++;
    }

    public bool Release(DateTime nowUtc)
    {
        if (State != GradeState.Graded)
        {
            return false;
        }

        State = GradeState.Released;
        ReleasedAtUtc = nowUtc;
        Version++;
        return true;
    }
}

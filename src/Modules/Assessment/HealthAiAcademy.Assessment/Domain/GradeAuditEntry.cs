namespace HealthAiAcademy.Assessment.Domain;

/// <summary>One change of a grade: who, when, old and new score and feedback, and why. Never updated or deleted.</summary>
internal sealed class GradeAuditEntry
{
    private GradeAuditEntry()
    {
    }

    public GradeAuditEntry(Guid submissionId, Guid changedBy, DateTime changedAtUtc, GradeState stateBefore, double? oldScorePercent, double? newScorePercent, string? oldFeedback, string? newFeedback, string? reason)
    {
        Id = Guid.NewGuid();
        SubmissionId = submissionId;
        ChangedBy = changedBy;
        ChangedAtUtc = changedAtUtc;
        StateBefore = stateBefore;
        OldScorePercent = oldScorePercent;
        NewScorePercent = newScorePercent;
        OldFeedback = oldFeedback;
        NewFeedback = newFeedback;
        Reason = reason;
    }

    public Guid Id { get; private set; }

    public Guid SubmissionId { get; private set; }

    public Guid ChangedBy { get; private set; }

    public DateTime ChangedAtUtc { get; private set; }

    public GradeState StateBefore { get; private set; }

    public double? OldScorePercent { get; private set; }

    public double? NewScorePercent { get; private set; }

    public string? OldFeedback { get; private set; }

    public string? NewFeedback { get; private set; }

    public string? Reason { get; private set; }
}

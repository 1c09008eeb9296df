namespace HealthAiAcademy.Assessment.Domain;

/// <summary>A personal due date for one participant, granted by staff.</summary>
internal sealed class DeadlineExtension
{
    private DeadlineExtension()
    {
    }

    public DeadlineExtension(Guid assessmentId, Guid userId, DateTime dueAtUtc, Guid grantedBy, DateTime grantedAtUtc)
    {
        AssessmentId = assessmentId;
        UserId = userId;
        DueAtUtc = dueAtUtc;
        GrantedBy = grantedBy;
        GrantedAtUtc = grantedAtUtc;
    }

    public Guid AssessmentId { get; private set; }

    public Guid UserId { get; private set; }

    public DateTime DueAtUtc { get; private set; }

    public Guid GrantedBy { get; private set; }

    public DateTime GrantedAtUtc { get; private set; }

    /// <summary>A later grant replaces the earlier one: the latest decision wins.</summary>
    public void Regrant(DateTime dueAtUtc, Guid grantedBy, DateTime grantedAtUtc)
    {
        DueAtUtc = dueAtUtc;
        GrantedBy = grantedBy;
        GrantedAtUtc = grantedAtUtc;
    }
}

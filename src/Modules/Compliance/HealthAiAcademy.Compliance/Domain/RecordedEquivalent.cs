using HealthAiAcademy.BuildingBlocks.Domain;
using HealthAiAcademy.BuildingBlocks.Time;

namespace HealthAiAcademy.Compliance.Domain;

internal enum EquivalentStatus
{
    /// <summary>Handed in, waiting for a coordinator.</summary>
    Submitted,

    /// <summary>A coordinator accepted it: it meets the requirement as a course of the academy would.</summary>
    Approved,

    /// <summary>A coordinator did not accept it, and said why.</summary>
    Rejected,

    /// <summary>Taken back: by its owner before a decision, or by a coordinator after approval (the evidence did not hold).</summary>
    Withdrawn,
}

/// <summary>
/// Training followed elsewhere that a person offers instead of one of a requirement's courses, with a file proving it.
/// It counts only once a coordinator approved it, from that day until it is withdrawn (a report at an earlier date still
/// counts it), and for no longer than the requirement's validity or the training's own expiry.
/// </summary>
internal sealed class RecordedEquivalent
{
    public const int TitleMaxLength = 200;
    public const int ProviderMaxLength = 200;
    public const int NoteMaxLength = 1000;

    private RecordedEquivalent()
    {
    }

    public RecordedEquivalent(Guid userId, Guid requirementId, string title, string provider, DateOnly completedOn, DateOnly? expiresOn,
        string evidenceFileName, string evidenceContentType, DateTime nowUtc)
    {
        if (expiresOn is { } expires && expires < completedOn)
        {
            throw new BusinessRuleViolationException("The training expires before it was completed.");
        }

        Id = Guid.NewGuid();
        UserId = userId;
        RequirementId = requirementId;
        Title = title.Trim();
        Provider = provider.Trim();
        CompletedOn = completedOn;
        ExpiresOn = expiresOn;
        EvidenceFileName = evidenceFileName;
        EvidenceContentType = evidenceContentType;
        Status = EquivalentStatus.Submitted;
        SubmittedAtUtc = nowUtc;
    }

    public Guid Id { get; private set; }

    public Guid UserId { get; private set; }

    public Guid RequirementId { get; private set; }

    public string Title { get; private set; } = string.Empty;

    public string Provider { get; private set; } = string.Empty;

    public DateOnly CompletedOn { get; private set; }

    /// <summary>When the training's own certificate lapses, if it does.</summary>
    public DateOnly? ExpiresOn { get; private set; }

    public string EvidenceFileName { get; private set; } = string.Empty;

    public string EvidenceContentType { get; private set; } = string.Empty;

    public EquivalentStatus Status { get; private set; }

    public DateTime SubmittedAtUtc { get; private set; }

    public DateTime? ApprovedAtUtc { get; private set; }

    public DateTime? DecidedAtUtc { get; private set; }

    /// <summary>The coordinator who approved, rejected or withdrew it; null while it waits or when its owner withdrew it.</summary>
    public Guid? DecidedBy { get; private set; }

    /// <summary>Why it was rejected or withdrawn (required then), or the coordinator's remark on approval.</summary>
    public string? DecisionNote { get; private set; }

    /// <summary>Whether it proved the training on that day: approved by then and not yet withdrawn.</summary>
    public bool CountsOn(DateOnly day) =>
        ApprovedAtUtc is { } approved && AcademyTime.DateOf(approved) <= day && CompletedOn <= day
        && (Status != EquivalentStatus.Withdrawn || DecidedAtUtc is not { } withdrawn || AcademyTime.DateOf(withdrawn) > day);

    public void Approve(Guid coordinatorId, string? note, DateTime nowUtc)
    {
        EnsureWaiting();
        Status = EquivalentStatus.Approved;
        ApprovedAtUtc = nowUtc;
        Decide(coordinatorId, note, nowUtc);
    }

    public void Reject(Guid coordinatorId, string reason, DateTime nowUtc)
    {
        EnsureWaiting();
        Status = EquivalentStatus.Rejected;
        Decide(coordinatorId, reason, nowUtc);
    }

    /// <summary>Its owner takes back what still waits; a coordinator withdraws an approval whose evidence did not hold.</summary>
    public void Withdraw(Guid byUserId, bool byCoordinator, string? reason, DateTime nowUtc)
    {
        switch (Status)
        {
            case EquivalentStatus.Submitted when byUserId == UserId:
                Status = EquivalentStatus.Withdrawn;
                DecidedAtUtc = nowUtc;
                break;
            case EquivalentStatus.Approved when byCoordinator:
                Status = EquivalentStatus.Withdrawn;
                Decide(byUserId, reason, nowUtc);
                break;
            case EquivalentStatus.Approved:
                throw new BusinessRuleViolationException("An approved equivalent is withdrawn by a coordinator only.");
            default:
                throw new BusinessRuleViolationException("Only training that waits for a decision, or was approved, can be withdrawn.");
        }
    }

    private void EnsureWaiting()
    {
        if (Status != EquivalentStatus.Submitted)
        {
            throw new BusinessRuleViolationException("This equivalent was decided already.");
        }
    }

    private void Decide(Guid coordinatorId, string? note, DateTime nowUtc)
    {
        DecidedBy = coordinatorId;
        DecidedAtUtc = nowUtc;
        DecisionNote = string.IsNullOrWhiteSpace(note) ? null : note.Trim();
    }
}

/// <summary>The file behind an equivalent, kept apart so that lists of equivalents do not load it.</summary>
internal sealed class EquivalentEvidence
{
    private EquivalentEvidence()
    {
    }

    public EquivalentEvidence(Guid equivalentId, byte[] content)
    {
        EquivalentId = equivalentId;
        Content = content;
    }

    public Guid EquivalentId { get; private set; }

    public byte[] Content { get; private set; } = [];
}

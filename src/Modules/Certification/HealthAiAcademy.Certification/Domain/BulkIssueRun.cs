namespace HealthAiAcademy.Certification.Domain;

internal enum BulkIssueState
{
    Queued,
    Running,
    Finished,
    Failed,
}

/// <summary>One bulk issue (or regeneration) of an offering's certificates, with progress for the page's progress bar.</summary>
internal sealed class BulkIssueRun
{
    private BulkIssueRun()
    {
    }

    public BulkIssueRun(Guid id, Guid offeringId, bool regenerate, Guid requestedBy, DateTime requestedAtUtc)
    {
        Id = id;
        OfferingId = offeringId;
        Regenerate = regenerate;
        RequestedBy = requestedBy;
        RequestedAtUtc = requestedAtUtc;
    }

    public Guid Id { get; private set; }

    public Guid OfferingId { get; private set; }

    public bool Regenerate { get; private set; }

    public Guid RequestedBy { get; private set; }

    public DateTime RequestedAtUtc { get; private set; }

    public BulkIssueState State { get; private set; }

    public int Total { get; private set; }

    public int Done { get; private set; }

    public int Issued { get; private set; }

    public DateTime? FinishedAtUtc { get; private set; }

    public string? Error { get; private set; }

    /// <summary>
    /// The run starts, or starts again after a crash, counting what is still to do; what it issued before the crash stays counted.
    /// </summary>
    public void Start(int total)
    {
        State = BulkIssueState.Running;
        Total = total;
        Done = 0;
    }

    /// <summary>One certificate done: newly issued, or rendered again.</summary>
    public void Step(bool issued)
    {
        Done++;
        Issued += issued ? 1 : 0;
    }

    public bool IsDone => Done == Total;

    public void Finish(DateTime nowUtc)
    {
        State = BulkIssueState.Finished;
        FinishedAtUtc = nowUtc;
    }
}

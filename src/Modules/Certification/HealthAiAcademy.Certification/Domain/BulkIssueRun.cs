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

    /// <summary>When the run last showed it was alive (queued, started, a batch saved); null before this was kept.</summary>
    public DateTime? HeartbeatAtUtc { get; private set; }

    /// <summary>How often a stalled run was queued again.</summary>
    public int Resumes { get; private set; }

    /// <summary>A run may be queued again this often after its job was lost (a restart with in-memory job storage); then it fails.</summary>
    public const int MaxResumes = 3;

    /// <summary>
    /// The run starts, or starts again after a crash, counting what is still to do; what it issued before the crash stays counted.
    /// </summary>
    public void Start(int total, DateTime nowUtc)
    {
        State = BulkIssueState.Running;
        Total = total;
        Done = 0;
        HeartbeatAtUtc = nowUtc;
    }

    /// <summary>One certificate done: newly issued, or rendered again.</summary>
    public void Step(bool issued, DateTime nowUtc)
    {
        Done++;
        Issued += issued ? 1 : 0;
        HeartbeatAtUtc = nowUtc;
    }

    /// <summary>Queued or running, yet silent for longer than <paramref name="after"/>: its job is gone.</summary>
    public bool IsStalled(DateTime nowUtc, TimeSpan after) =>
        State is BulkIssueState.Queued or BulkIssueState.Running && (HeartbeatAtUtc ?? RequestedAtUtc) < nowUtc - after;

    /// <summary>A stalled run is queued again (the runner issues only what is missing), or fails once it stalled too often.</summary>
    /// <returns>True when the run should be queued again.</returns>
    public bool ResumeOrFail(DateTime nowUtc)
    {
        if (Resumes >= MaxResumes)
        {
            State = BulkIssueState.Failed;
            FinishedAtUtc = nowUtc;
            Error = $"The run stopped {Resumes + 1} times without finishing; start it again.";
            return false;
        }

        Resumes++;
        State = BulkIssueState.Queued;
        HeartbeatAtUtc = nowUtc;
        return true;
    }

    public bool IsDone => Done == Total;

    public void Finish(DateTime nowUtc)
    {
        State = BulkIssueState.Finished;
        FinishedAtUtc = nowUtc;
    }
}

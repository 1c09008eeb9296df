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

    public BulkIssueState State { get; set; }

    public int Total { get; set; }

    public int Done { get; set; }

    public int Issued { get; set; }

    public DateTime? FinishedAtUtc { get; set; }

    public string? Error { get; set; }
}

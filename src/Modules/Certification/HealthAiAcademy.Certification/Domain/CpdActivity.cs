namespace HealthAiAcademy.Certification.Domain;

/// <summary>
/// Education a person followed elsewhere and adds to their CPD dossier themselves (a congress, an e-learning), with the
/// points the other provider awarded and, if they have it, the evidence.
/// </summary>
internal sealed class CpdActivity
{
    public const int TitleMaxLength = 200;
    public const int ProviderMaxLength = 200;
    public const int RegistryMaxLength = 60;

    private CpdActivity()
    {
    }

    public CpdActivity(Guid userId, string title, string provider, DateOnly completedOn, double points, string registry, DateTime nowUtc)
    {
        Id = Guid.NewGuid();
        UserId = userId;
        Title = title;
        Provider = provider;
        CompletedOn = completedOn;
        Points = points;
        Registry = registry;
        AddedAtUtc = nowUtc;
    }

    public Guid Id { get; private set; }

    public Guid UserId { get; private set; }

    public string Title { get; private set; } = "";

    public string Provider { get; private set; } = "";

    public DateOnly CompletedOn { get; private set; }

    public double Points { get; private set; }

    public string Registry { get; private set; } = "";

    public DateTime AddedAtUtc { get; private set; }

    public string? EvidenceFileName { get; private set; }

    public string? EvidenceContentType { get; private set; }

    public void AttachEvidence(string fileName, string contentType)
    {
        EvidenceFileName = fileName;
        EvidenceContentType = contentType;
    }
}

/// <summary>The evidence file of an activity, kept apart so the dossier loads without the bytes.</summary>
internal sealed class CpdEvidence
{
    private CpdEvidence()
    {
    }

    public CpdEvidence(Guid activityId, byte[] content)
    {
        ActivityId = activityId;
        Content = content;
    }

    public Guid ActivityId { get; private set; }

    public byte[] Content { get; private set; } = [];
}

/// <summary>When a person's current re-registration cycle began: the dossier counts the cycle's points from then.</summary>
internal sealed class CpdCycleStart
{
    private CpdCycleStart()
    {
    }

    public CpdCycleStart(Guid userId, DateOnly startsOn)
    {
        UserId = userId;
        StartsOn = startsOn;
    }

    public Guid UserId { get; private set; }

    public DateOnly StartsOn { get; private set; }

    public void Move(DateOnly startsOn) => StartsOn = startsOn;
}

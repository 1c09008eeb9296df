using HealthAiAcademy.BuildingBlocks.Domain;

namespace HealthAiAcademy.Compliance.Domain;

/// <summary>The AI Act's risk classes (art. 5, 6, 50): what the Act asks of a deployer follows from it.</summary>
internal enum AiRiskClass
{
    Prohibited,
    High,
    Limited,
    Minimal,
}

/// <summary>The class of a system that is also a medical device (MDR 2017/745, IVDR 2017/746); None when it is not one.</summary>
internal enum MedicalDeviceClass
{
    None,
    MdrI,
    MdrIIa,
    MdrIIb,
    MdrIII,
    IvdrA,
    IvdrB,
    IvdrC,
    IvdrD,
}

internal enum AiSystemStatus
{
    Planned,
    InUse,
    Suspended,
    Retired,
}

/// <summary>What an AI system's register entry states; one record for registering and for changing it.</summary>
internal sealed record AiSystemDetails(
    string Name, string Vendor, string? Version, string IntendedPurpose, AiRiskClass RiskClass, MedicalDeviceClass DeviceClass,
    Guid OwnerId, DateOnly? GoLiveOn, DateOnly? RetiredOn, AiSystemStatus Status, IReadOnlyList<Guid> UnitIds);

/// <summary>
/// An AI system the hospital deploys, as its register states it: what it is for, how the AI Act and the MDR classify it,
/// which departments use it, who owns it, and who is assigned to oversee it (art. 26(2)).
/// </summary>
internal sealed class AiSystem
{
    public const int NameMaxLength = 200;
    public const int PurposeMaxLength = 2000;

    private AiSystem()
    {
    }

    public AiSystem(AiSystemDetails details, DateTime nowUtc)
    {
        Id = Guid.NewGuid();
        CreatedAtUtc = nowUtc;
        Change(details, nowUtc);
    }

    public Guid Id { get; private set; }

    public string Name { get; private set; } = string.Empty;

    public string Vendor { get; private set; } = string.Empty;

    public string? Version { get; private set; }

    public string IntendedPurpose { get; private set; } = string.Empty;

    public AiRiskClass RiskClass { get; private set; }

    public MedicalDeviceClass DeviceClass { get; private set; }

    /// <summary>The person accountable for the system in the hospital (often the department's medical manager or the CMIO).</summary>
    public Guid OwnerId { get; private set; }

    public DateOnly? GoLiveOn { get; private set; }

    public DateOnly? RetiredOn { get; private set; }

    public AiSystemStatus Status { get; private set; }

    /// <summary>The divisions, departments or units that use it; the units below them use it too.</summary>
    public List<Guid> UnitIds { get; private set; } = [];

    /// <summary>The people assigned to human oversight.</summary>
    public List<Guid> OverseerIds { get; private set; } = [];

    public DateTime CreatedAtUtc { get; private set; }

    public DateTime UpdatedAtUtc { get; private set; }

    /// <summary>Whether people are working with it (or about to): requirements for its users and overseers count only then.</summary>
    public bool IsDeployed => Status is AiSystemStatus.InUse or AiSystemStatus.Planned;

    public void Change(AiSystemDetails details, DateTime nowUtc)
    {
        if (details.RiskClass == AiRiskClass.Prohibited && details.Status == AiSystemStatus.InUse)
        {
            throw new BusinessRuleViolationException("A prohibited practice (AI Act art. 5) cannot be in use: suspend or retire it.");
        }

        if (details.RetiredOn is { } retired && details.GoLiveOn is { } live && retired < live)
        {
            throw new BusinessRuleViolationException("The retirement date is before the go-live date.");
        }

        Name = details.Name.Trim();
        Vendor = details.Vendor.Trim();
        Version = string.IsNullOrWhiteSpace(details.Version) ? null : details.Version.Trim();
        IntendedPurpose = details.IntendedPurpose.Trim();
        RiskClass = details.RiskClass;
        DeviceClass = details.DeviceClass;
        OwnerId = details.OwnerId;
        GoLiveOn = details.GoLiveOn;
        RetiredOn = details.RetiredOn;
        Status = details.Status;
        UnitIds = [.. details.UnitIds.Distinct()];
        UpdatedAtUtc = nowUtc;
    }

    /// <returns>Whether the person was not an overseer yet.</returns>
    public bool AssignOverseer(Guid userId, DateTime nowUtc)
    {
        if (OverseerIds.Contains(userId))
        {
            return false;
        }

        OverseerIds = [.. OverseerIds, userId];
        UpdatedAtUtc = nowUtc;
        return true;
    }

    /// <returns>Whether the person was an overseer.</returns>
    public bool UnassignOverseer(Guid userId, DateTime nowUtc)
    {
        if (!OverseerIds.Contains(userId))
        {
            return false;
        }

        OverseerIds = [.. OverseerIds.Where(id => id != userId)];
        UpdatedAtUtc = nowUtc;
        return true;
    }
}

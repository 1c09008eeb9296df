using HealthAiAcademy.Compliance.Domain;
using HealthAiAcademy.Compliance.Features.GetAiSystem;
using HealthAiAcademy.Compliance.Features.Shared;

namespace HealthAiAcademy.Compliance.Areas.Compliance.Pages.Manage;

/// <summary>The register entry's form, for registering and for changing it.</summary>
internal sealed class AiSystemInput
{
    public string? Name { get; set; }

    public string? Vendor { get; set; }

    public string? Version { get; set; }

    public string? IntendedPurpose { get; set; }

    public string? RiskClass { get; set; }

    public string? DeviceClass { get; set; } = nameof(MedicalDeviceClass.None);

    public string? OwnerEmail { get; set; }

    public DateOnly? GoLiveOn { get; set; }

    public DateOnly? RetiredOn { get; set; }

    public string? Status { get; set; } = nameof(AiSystemStatus.Planned);

    public List<Guid> UnitIds { get; set; } = [];

    internal AiSystemRequest ToRequest() => new(Name, Vendor, Version, IntendedPurpose,
        Enum.TryParse<AiRiskClass>(RiskClass, out var risk) ? risk : null,
        Enum.TryParse<MedicalDeviceClass>(DeviceClass, out var device) ? device : null,
        OwnerEmail, GoLiveOn, RetiredOn,
        Enum.TryParse<AiSystemStatus>(Status, out var status) ? status : null,
        UnitIds);

    internal static AiSystemInput From(AiSystemView system) => new()
    {
        Name = system.Name, Vendor = system.Vendor, Version = system.Version, IntendedPurpose = system.IntendedPurpose,
        RiskClass = system.RiskClass.ToString(), DeviceClass = system.DeviceClass.ToString(), OwnerEmail = system.OwnerEmail,
        GoLiveOn = system.GoLiveOn, RetiredOn = system.RetiredOn, Status = system.Status.ToString(), UnitIds = [.. system.Units.Select(u => u.Id)],
    };
}

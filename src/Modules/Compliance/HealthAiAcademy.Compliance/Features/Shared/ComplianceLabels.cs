using HealthAiAcademy.Compliance.Domain;
using HealthAiAcademy.Compliance.Resources;
using Microsoft.Extensions.Localization;

namespace HealthAiAcademy.Compliance.Features.Shared;

/// <summary>How the register's classes and the obligations' states read, in the current language.</summary>
internal sealed class ComplianceLabels(IStringLocalizer<ComplianceText> text)
{
    public string Level(UnitLevel level) => level switch
    {
        UnitLevel.Division => text["Division"],
        UnitLevel.Department => text["Department"],
        _ => text["Unit"],
    };

    public string Risk(AiRiskClass risk) => risk switch
    {
        AiRiskClass.Prohibited => text["Prohibited practice"],
        AiRiskClass.High => text["High risk"],
        AiRiskClass.Limited => text["Limited risk"],
        _ => text["Minimal risk"],
    };

    public string Device(MedicalDeviceClass device) => device switch
    {
        MedicalDeviceClass.None => text["Not a medical device"],
        MedicalDeviceClass.MdrI => "MDR I",
        MedicalDeviceClass.MdrIIa => "MDR IIa",
        MedicalDeviceClass.MdrIIb => "MDR IIb",
        MedicalDeviceClass.MdrIII => "MDR III",
        MedicalDeviceClass.IvdrA => "IVDR A",
        MedicalDeviceClass.IvdrB => "IVDR B",
        MedicalDeviceClass.IvdrC => "IVDR C",
        _ => "IVDR D",
    };

    public string Status(AiSystemStatus status) => status switch
    {
        AiSystemStatus.Planned => text["Planned"],
        AiSystemStatus.InUse => text["In use"],
        AiSystemStatus.Suspended => text["Suspended"],
        _ => text["Retired"],
    };

    public string Kind(RequirementKind kind) => kind switch
    {
        RequirementKind.Literacy => text["AI literacy"],
        RequirementKind.Operation => text["Using the system"],
        _ => text["Overseeing the system"],
    };

    public string State(ObligationState state) => state switch
    {
        ObligationState.Met => text["Done"],
        ObligationState.Expiring => text["Expires soon"],
        ObligationState.Expired => text["Expired"],
        _ => text["Missing"],
    };

    public string EquivalentStatus(EquivalentStatus status) => status switch
    {
        Domain.EquivalentStatus.Submitted => text["Waiting for a coordinator"],
        Domain.EquivalentStatus.Approved => text["Approved"],
        Domain.EquivalentStatus.Rejected => text["Rejected"],
        _ => text["Withdrawn"],
    };

    public string Validity(int? months) => months is { } m ? text["valid {0} months", m] : text["valid for good"];
}

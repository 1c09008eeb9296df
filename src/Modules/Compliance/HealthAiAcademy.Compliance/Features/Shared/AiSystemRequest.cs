using HealthAiAcademy.BuildingBlocks.Users;
using HealthAiAcademy.BuildingBlocks.Web;
using HealthAiAcademy.Compliance.Data;
using HealthAiAcademy.Compliance.Domain;
using Microsoft.EntityFrameworkCore;

namespace HealthAiAcademy.Compliance.Features.Shared;

/// <param name="RiskClass">Prohibited, High, Limited or Minimal (AI Act).</param>
/// <param name="DeviceClass">None, MdrI, MdrIIa, MdrIIb, MdrIII, IvdrA, IvdrB, IvdrC or IvdrD.</param>
/// <param name="OwnerEmail">The account of the person accountable for the system.</param>
/// <param name="Status">Planned, InUse, Suspended or Retired.</param>
/// <param name="UnitIds">The divisions, departments or units that use it.</param>
internal sealed record AiSystemRequest(
    string? Name, string? Vendor, string? Version, string? IntendedPurpose, AiRiskClass? RiskClass, MedicalDeviceClass? DeviceClass,
    string? OwnerEmail, DateOnly? GoLiveOn, DateOnly? RetiredOn, AiSystemStatus? Status, IReadOnlyList<Guid>? UnitIds);

/// <summary>The field rules of a register entry, and the entry's details once they hold.</summary>
internal sealed class AiSystemRequestValidator(ComplianceDbContext db, IUserDirectory users)
{
    public async Task<(AiSystemDetails? Details, ValidationErrors Errors)> ValidateAsync(AiSystemRequest request, CancellationToken cancellationToken)
    {
        var unitIds = request.UnitIds ?? [];
        var errors = new ValidationErrors()
            .AddIf(string.IsNullOrWhiteSpace(request.Name) || request.Name.Trim().Length > AiSystem.NameMaxLength, "name", "A name of 1 to 200 characters.")
            .AddIf(string.IsNullOrWhiteSpace(request.Vendor) || request.Vendor.Trim().Length > AiSystem.NameMaxLength, "vendor", "The vendor, 1 to 200 characters (the hospital itself for systems built in-house).")
            .AddIf(request.Version?.Trim().Length > 60, "version", "A version of at most 60 characters.")
            .AddIf(string.IsNullOrWhiteSpace(request.IntendedPurpose) || request.IntendedPurpose.Trim().Length > AiSystem.PurposeMaxLength, "intendedPurpose", "The intended purpose, 1 to 2000 characters.")
            .AddIf(request.RiskClass is null || !Enum.IsDefined(request.RiskClass.Value), "riskClass", "The AI Act risk class: Prohibited, High, Limited or Minimal.")
            .AddIf(request.DeviceClass is { } device && !Enum.IsDefined(device), "deviceClass", "The MDR or IVDR class, or None.")
            .AddIf(request.Status is null || !Enum.IsDefined(request.Status.Value), "status", "Planned, InUse, Suspended or Retired.")
            .AddIf(request.Status == AiSystemStatus.Retired && request.RetiredOn is null, "retiredOn", "A retired system has a retirement date.")
            .AddIf(request.RetiredOn is { } retired && request.GoLiveOn is { } live && retired < live, "retiredOn", "The retirement date is on or after the go-live date.")
            .AddIf(request.RiskClass == AiRiskClass.Prohibited && request.Status == AiSystemStatus.InUse, "status", "A prohibited practice (AI Act art. 5) cannot be in use: suspend or retire it.")
            .AddIf(unitIds.Count > 500, "unitIds", "At most 500 units.")
            .AddIf(string.IsNullOrWhiteSpace(request.OwnerEmail), "ownerEmail", "The email address of the owner's account.");
        var owner = string.IsNullOrWhiteSpace(request.OwnerEmail) ? null : await users.FindByEmailAsync(request.OwnerEmail, cancellationToken);
        errors.AddIf(!string.IsNullOrWhiteSpace(request.OwnerEmail) && owner is null, "ownerEmail", "No account has this email address.");
        var known = unitIds.Count == 0 ? 0 : await db.Units.CountAsync(u => unitIds.Contains(u.Id), cancellationToken);
        errors.AddIf(known != unitIds.Distinct().Count(), "unitIds", "Every unit must be one of the organisation's.");
        return errors.IsValid
            ? (new AiSystemDetails(request.Name!, request.Vendor!, request.Version, request.IntendedPurpose!, request.RiskClass!.Value,
                request.DeviceClass ?? MedicalDeviceClass.None, owner!.UserId, request.GoLiveOn, request.RetiredOn, request.Status!.Value, unitIds), errors)
            : (null, errors);
    }
}

using HealthAiAcademy.BuildingBlocks.Web;
using HealthAiAcademy.Compliance.Domain;

namespace HealthAiAcademy.Compliance.Features.Shared;

/// <summary>The field rule for a unit's or function's name, as the entities hold it.</summary>
internal static class UnitNames
{
    public static ValidationErrors Check(string? name, string field = "name") =>
        new ValidationErrors().AddIf(
            string.IsNullOrWhiteSpace(name) || name.Trim().Length > OrganisationUnit.NameMaxLength || name.Contains('/', StringComparison.Ordinal),
            field, "A name of 1 to 100 characters without a slash.");
}

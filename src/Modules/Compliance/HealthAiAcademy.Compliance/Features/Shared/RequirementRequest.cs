using HealthAiAcademy.BuildingBlocks.Web;
using HealthAiAcademy.Compliance.Data;
using HealthAiAcademy.Compliance.Domain;
using HealthAiAcademy.Courses.Contracts;
using Microsoft.EntityFrameworkCore;

namespace HealthAiAcademy.Compliance.Features.Shared;

/// <param name="Kind">Literacy (for functions and/or units), Operation (the system's users) or Oversight (its overseers).</param>
/// <param name="SystemId">For Operation and Oversight: the AI system.</param>
/// <param name="FunctionIds">Only people with these functions; none: every function.</param>
/// <param name="UnitIds">For Literacy: only these units and those below; none: the whole hospital.</param>
/// <param name="CourseIds">Any one of these courses fulfils it.</param>
/// <param name="ValidForMonths">How long a completion counts (1 to 120); none: for good.</param>
internal sealed record RequirementRequest(
    string? Title, RequirementKind? Kind, Guid? SystemId, IReadOnlyList<Guid>? FunctionIds, IReadOnlyList<Guid>? UnitIds, IReadOnlyList<Guid>? CourseIds, int? ValidForMonths);

internal sealed class RequirementRequestValidator(ComplianceDbContext db, ICourseCatalog catalog)
{
    public async Task<ValidationErrors> ValidateAsync(RequirementRequest request, CancellationToken cancellationToken)
    {
        var functionIds = request.FunctionIds ?? [];
        var unitIds = request.UnitIds ?? [];
        var courseIds = request.CourseIds ?? [];
        var errors = new ValidationErrors()
            .AddIf(string.IsNullOrWhiteSpace(request.Title) || request.Title.Trim().Length > Requirement.TitleMaxLength, "title", "A title of 1 to 200 characters.")
            .AddIf(request.Kind is null || !Enum.IsDefined(request.Kind.Value), "kind", "Literacy, Operation or Oversight.")
            .AddIf(request.Kind is RequirementKind.Operation or RequirementKind.Oversight && request.SystemId is null, "systemId", "The AI system whose users or overseers it is for.")
            .AddIf(request.Kind is RequirementKind.Oversight && functionIds.Count > 0, "functionIds", "Oversight applies to the assigned overseers, whatever their function.")
            .AddIf(request.Kind is not RequirementKind.Literacy && unitIds.Count > 0, "unitIds", "Only a literacy requirement names units; a system's requirements follow the units using it.")
            .AddIf(courseIds.Count == 0, "courseIds", "At least one course that fulfils it.")
            .AddIf(request.ValidForMonths is < 1 or > 120, "validForMonths", "Between 1 and 120 months, or empty for good.");
        if (request.SystemId is { } systemId && request.Kind is not RequirementKind.Literacy)
        {
            errors.AddIf(!await db.AiSystems.AnyAsync(s => s.Id == systemId, cancellationToken), "systemId", "No AI system in the register has this id.");
        }

        errors.AddIf(functionIds.Count > 0 && await db.Functions.CountAsync(f => functionIds.Contains(f.Id), cancellationToken) != functionIds.Distinct().Count(),
            "functionIds", "Every function must be one of the organisation's.");
        errors.AddIf(unitIds.Count > 0 && await db.Units.CountAsync(u => unitIds.Contains(u.Id), cancellationToken) != unitIds.Distinct().Count(),
            "unitIds", "Every unit must be one of the organisation's.");
        if (courseIds.Count > 0)
        {
            var known = (await catalog.GetCoursesAsync(cancellationToken)).Select(c => c.Id).ToHashSet();
            errors.AddIf(!courseIds.All(known.Contains), "courseIds", "Every course must be one of the catalog's.");
        }

        return errors;
    }
}

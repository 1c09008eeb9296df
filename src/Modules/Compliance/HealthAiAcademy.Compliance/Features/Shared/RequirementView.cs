using HealthAiAcademy.Compliance.Data;
using HealthAiAcademy.Compliance.Domain;
using HealthAiAcademy.Courses.Contracts;
using Microsoft.EntityFrameworkCore;

namespace HealthAiAcademy.Compliance.Features.Shared;

internal sealed record NamedRef(Guid Id, string Name);

internal sealed record CourseRef(Guid Id, string Code, string Title);

/// <param name="Units">For literacy: where it applies (with the units below); empty: the whole hospital.</param>
/// <param name="Functions">The functions it applies to; empty: every function.</param>
/// <param name="Courses">Any one of these fulfils it.</param>
internal sealed record RequirementView(
    Guid Id, string Title, RequirementKind Kind, Guid? SystemId, string? SystemName, IReadOnlyList<NamedRef> Functions, IReadOnlyList<NamedRef> Units,
    IReadOnlyList<CourseRef> Courses, int? ValidForMonths);

/// <summary>Requirements with the names of what they refer to: functions and units from this module, courses from the catalog.</summary>
internal sealed class RequirementViews(ComplianceDbContext db, ICourseCatalog catalog)
{
    public async Task<IReadOnlyList<RequirementView>> ViewsAsync(IReadOnlyList<Requirement> requirements, CancellationToken cancellationToken)
    {
        var functions = await db.Functions.AsNoTracking().ToDictionaryAsync(f => f.Id, f => f.Name, cancellationToken);
        var units = await db.Units.AsNoTracking().ToDictionaryAsync(u => u.Id, u => u.Path, cancellationToken);
        var systems = await db.AiSystems.AsNoTracking().ToDictionaryAsync(s => s.Id, s => s.Name, cancellationToken);
        var courses = await CoursesAsync(cancellationToken);
        return [.. requirements.Select(r => new RequirementView(r.Id, r.Title, r.Kind, r.SystemId, r.SystemId is { } s ? systems.GetValueOrDefault(s) : null,
            [.. r.FunctionIds.Where(functions.ContainsKey).Select(f => new NamedRef(f, functions[f]))],
            [.. r.UnitIds.Where(units.ContainsKey).Select(u => new NamedRef(u, units[u]))],
            [.. r.CourseIds.Where(courses.ContainsKey).Select(c => courses[c])],
            r.ValidForMonths))];
    }

    public async Task<IReadOnlyDictionary<Guid, CourseRef>> CoursesAsync(CancellationToken cancellationToken) =>
        (await catalog.GetCoursesAsync(cancellationToken)).ToDictionary(c => c.Id, c => new CourseRef(c.Id, c.Code, c.Title));
}

using System.Globalization;
using HealthAiAcademy.BuildingBlocks.Users;
using HealthAiAcademy.Compliance.Data;
using HealthAiAcademy.Compliance.Features.Shared;
using Microsoft.EntityFrameworkCore;

namespace HealthAiAcademy.Compliance.Features.IssueEvidenceReport;

/// <summary>What an AI-literacy evidence report states, for a part of the hospital (or all of it) as it stood on a day.</summary>
/// <param name="People">How many people worked there on the day.</param>
internal sealed record EvidenceReportContent(
    string Scope, DateOnly AsOf, int People, IReadOnlyList<ReportRequirement> Requirements, IReadOnlyList<ReportMeasure> Measures,
    IReadOnlyList<ReportGap> Gaps, IReadOnlyList<IReadOnlyList<string>> Rows);

/// <param name="Courses">The courses (code and title) any one of which meets it.</param>
internal sealed record ReportRequirement(string Title, string Kind, string? System, IReadOnlyList<string> Courses, string Validity, RequirementCoverage Overall,
    IReadOnlyList<FunctionCoverage> PerFunction);

internal sealed record FunctionCoverage(string Function, int Done, int Required)
{
    public int Percent => Required == 0 ? 100 : (int)Math.Round(100.0 * Done / Required);
}

/// <summary>A measure taken: one of the academy's courses, or training elsewhere a coordinator approved, and who completed it when.</summary>
internal sealed record ReportMeasure(string Title, string? Code, string? Provider, bool IsEquivalent, IReadOnlyList<string> LearningOutcomes, IReadOnlyList<ReportCompletion> Completions);

internal sealed record ReportCompletion(string Person, DateOnly CompletedOn, DateOnly? ExpiresOn);

internal sealed record ReportGap(string Person, string Place, string Requirement, string State);

/// <summary>
/// Gathers a report's content from the organisation, the register, the requirements and the training as they stood at
/// the end of the chosen day (or now, for today). The same day and the same records give the same content.
/// </summary>
internal sealed class EvidenceReportBuilder(ComplianceDbContext db, RequirementViews views, ComplianceLabels labels, IUserDirectory users)
{
    public static readonly string[] CsvHeader =
        ["staff_number", "name", "email", "units", "functions", "requirement", "kind", "ai_system", "state", "fulfilled_by", "source", "completed_on", "valid_until"];

    public async Task<EvidenceReportContent> BuildAsync(Guid? unitId, string scope, DateOnly asOf, DateTime atUtc, CancellationToken cancellationToken)
    {
        var rules = await ComplianceRules.LoadAsync(db, cancellationToken);
        var facts = await PeopleFacts.WithinAsync(db, rules, unitId, atUtc, cancellationToken);
        var staff = facts.Memberships.Select(p => p.Key).ToList();
        var obligations = UnitCoverage.ObligationsWithin(unitId, rules, facts);
        var people = await users.FindManyAsync(staff, cancellationToken);
        var numbers = await db.StaffMembers.AsNoTracking().Where(s => staff.Contains(s.UserId)).ToDictionaryAsync(s => s.UserId, s => s.StaffNumber, cancellationToken);
        var functions = await db.Functions.AsNoTracking().ToDictionaryAsync(f => f.Id, f => f.Name, cancellationToken);
        var paths = await UnitPaths.LoadAsync(db, cancellationToken);
        var requirementViews = (await views.ViewsAsync(rules.Requirements, cancellationToken)).ToDictionary(r => r.Id);
        string Name(Guid id) => people.GetValueOrDefault(id)?.FullName ?? "–";
        IEnumerable<Domain.Membership> Within(Guid id) => facts.MembershipsOf(id).Where(m => unitId is not { } scopeId || rules.IsWithin(m.UnitId, scopeId));
        string FunctionsOf(Guid id) => string.Join(", ", Within(id).Select(m => functions.GetValueOrDefault(m.FunctionId, "?")).Distinct().Order(StringComparer.Ordinal));
        string UnitsOf(Guid id) => string.Join(", ", Within(id).Select(m => paths.Of(m.UnitId)).Distinct().Order(StringComparer.Ordinal));

        var requirements = UnitCoverage.Summarise(obligations).Select(overall =>
        {
            var requirement = rules.Requirements.Single(r => r.Id == overall.RequirementId);
            var view = requirementViews[requirement.Id];
            var perFunction = obligations.Where(o => o.Obligation.Requirement.Id == requirement.Id)
                .SelectMany(o => Within(o.UserId).Select(m => m.FunctionId).Distinct().Select(f => (Function: functions.GetValueOrDefault(f, "?"), o.Obligation.IsFulfilled)))
                .GroupBy(x => x.Function)
                .Select(g => new FunctionCoverage(g.Key, g.Count(x => x.IsFulfilled), g.Count()))
                .OrderBy(f => f.Function, StringComparer.CurrentCultureIgnoreCase).ToList();
            return new ReportRequirement(requirement.Title, labels.Kind(requirement.Kind), view.SystemName,
                [.. view.Courses.Select(c => $"{c.Code} {c.Title}")], labels.Validity(requirement.ValidForMonths), overall, perFunction);
        }).ToList();

        var courses = staff.SelectMany(id => facts.TrainingOf(id).Records.Where(r => r.CountsOn(asOf)))
            .GroupBy(r => r.CourseId)
            .Select(g =>
            {
                var latest = g.OrderByDescending(r => r.CompletedOn).First();
                return new ReportMeasure(latest.Title, latest.CourseCode, null, false, latest.LearningOutcomes,
                    [.. g.Select(r => new ReportCompletion(Name(r.UserId), r.CompletedOn, r.ExpiresOn)).OrderBy(c => c.CompletedOn).ThenBy(c => c.Person, StringComparer.CurrentCultureIgnoreCase)]);
            });
        var equivalents = staff.SelectMany(id => facts.TrainingOf(id).Equivalents.Where(e => e.CountsOn(asOf)))
            .GroupBy(e => (e.Title, e.Provider))
            .Select(g => new ReportMeasure(g.Key.Title, null, g.Key.Provider, true, [],
                [.. g.Select(e => new ReportCompletion(Name(e.UserId), e.CompletedOn, e.ExpiresOn)).OrderBy(c => c.CompletedOn).ThenBy(c => c.Person, StringComparer.CurrentCultureIgnoreCase)]));
        var measures = courses.OrderBy(m => m.Title, StringComparer.CurrentCultureIgnoreCase)
            .Concat(equivalents.OrderBy(m => m.Title, StringComparer.CurrentCultureIgnoreCase)).ToList();

        var gaps = obligations.Where(o => !o.Obligation.IsFulfilled)
            .Select(o => new ReportGap(Name(o.UserId), $"{FunctionsOf(o.UserId)}, {UnitsOf(o.UserId)}", o.Obligation.Requirement.Title, labels.State(o.Obligation.State)))
            .OrderBy(g => g.Person, StringComparer.CurrentCultureIgnoreCase).ThenBy(g => g.Requirement, StringComparer.CurrentCultureIgnoreCase).ToList();

        var rows = obligations
            .OrderBy(o => Name(o.UserId), StringComparer.Ordinal).ThenBy(o => o.UserId).ThenBy(o => o.Obligation.Requirement.Title, StringComparer.Ordinal)
            .Select(o => (IReadOnlyList<string>)[
                numbers.GetValueOrDefault(o.UserId) ?? string.Empty, Name(o.UserId), people.GetValueOrDefault(o.UserId)?.Email ?? string.Empty,
                UnitsOf(o.UserId), FunctionsOf(o.UserId), o.Obligation.Requirement.Title, o.Obligation.Requirement.Kind.ToString(), o.Obligation.System?.Name ?? string.Empty,
                o.Obligation.State.ToString(), o.Obligation.FulfilledBy?.Title ?? string.Empty,
                o.Obligation.FulfilledBy is { } f ? (f.IsEquivalent ? "equivalent" : "certificate") : string.Empty,
                Iso(o.Obligation.FulfilledBy?.CompletedOn), Iso(o.Obligation.ValidUntil)])
            .ToList();
        return new EvidenceReportContent(scope, asOf, staff.Count, requirements, measures, gaps, [CsvHeader, .. rows]);
    }

    private static string Iso(DateOnly? day) => day?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? string.Empty;
}

using HealthAiAcademy.BuildingBlocks.Users;
using HealthAiAcademy.BuildingBlocks.Web;
using HealthAiAcademy.Compliance.Data;
using HealthAiAcademy.Compliance.Domain;
using HealthAiAcademy.Compliance.Features.Shared;
using HealthAiAcademy.Courses.Contracts;
using Microsoft.EntityFrameworkCore;

namespace HealthAiAcademy.Compliance.Features.GetMyObligations;

/// <param name="Places">Where the person works, as the organisation records it ("ICU nurse, Acute care / Intensive care").</param>
internal sealed record MyObligations(IReadOnlyList<string> Places, IReadOnlyList<MyObligation> Obligations);

/// <param name="ValidUntil">The last day the completion counts; null when it counts for good or there is none.</param>
/// <param name="FulfilledBy">The course completion that meets it, if any.</param>
/// <param name="FulfilledByEquivalent">Whether what meets it is training elsewhere that a coordinator approved.</param>
/// <param name="Courses">The courses that fulfil it, each with its next published run.</param>
/// <param name="Equivalents">Training elsewhere the person offered for it, newest first, with the coordinator's decision.</param>
internal sealed record MyObligation(
    Guid RequirementId, string Title, RequirementKind Kind, string? SystemName, ObligationState State, DateOnly? ValidUntil, string? FulfilledBy,
    bool FulfilledByEquivalent, DateOnly? CompletedOn, IReadOnlyList<CourseRun> Courses, IReadOnlyList<MyEquivalent> Equivalents);

internal sealed record MyEquivalent(Guid Id, string Title, string Provider, DateOnly CompletedOn, EquivalentStatus Status, DateTime SubmittedAtUtc, string? DecisionNote);

internal sealed record CourseRun(Guid CourseId, string Code, string Title, Guid? NextOfferingId, DateTime? NextStartsAtUtc, string? NextCohort);

/// <summary>"My obligations": the AI Act's literacy and oversight asked of one person, and where to get what is missing.</summary>
internal sealed class GetMyObligationsHandler(ComplianceDbContext db, RequirementViews views, ICourseCatalog catalog, ICurrentUser currentUser, TimeProvider clock)
{
    public async Task<Outcome<MyObligations>> HandleAsync(CancellationToken cancellationToken)
    {
        if (currentUser.UserId is not { } userId)
        {
            return Outcome<MyObligations>.Forbidden("Sign in to see your obligations.");
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var rules = await ComplianceRules.LoadAsync(db, cancellationToken);
        var facts = await PeopleFacts.LoadAsync(db, [userId], now, cancellationToken);
        var obligations = rules.ObligationsOf(userId, facts.MembershipsOf(userId), facts.TrainingOf(userId), facts.Day)
            .OrderBy(o => o.State switch { ObligationState.Missing => 0, ObligationState.Expired => 1, ObligationState.Expiring => 2, _ => 3 })
            .ThenBy(o => o.Requirement.Title, StringComparer.CurrentCultureIgnoreCase).ToList();
        var courses = await views.CoursesAsync(cancellationToken);
        var runs = new Dictionary<Guid, OfferingOutline?>();
        foreach (var courseId in obligations.SelectMany(o => o.Requirement.CourseIds).Distinct().Where(courses.ContainsKey))
        {
            runs[courseId] = await catalog.FindNextRunAsync(courseId, now, cancellationToken);
        }

        var equivalents = (await db.RecordedEquivalents.AsNoTracking().Where(e => e.UserId == userId).ToListAsync(cancellationToken))
            .OrderByDescending(e => e.SubmittedAtUtc).ToLookup(e => e.RequirementId);
        var paths = await UnitPaths.LoadAsync(db, cancellationToken);
        var functions = await db.Functions.AsNoTracking().ToDictionaryAsync(f => f.Id, f => f.Name, cancellationToken);
        return Outcome<MyObligations>.Ok(new MyObligations(
            [.. facts.MembershipsOf(userId).Select(m => $"{functions.GetValueOrDefault(m.FunctionId)}, {paths.Of(m.UnitId)}").Order()],
            [.. obligations.Select(o => new MyObligation(o.Requirement.Id, o.Requirement.Title, o.Requirement.Kind, o.System?.Name, o.State, o.ValidUntil,
                o.FulfilledBy?.Title, o.FulfilledBy?.IsEquivalent ?? false, o.FulfilledBy?.CompletedOn,
                [.. o.Requirement.CourseIds.Where(runs.ContainsKey).Select(c => new CourseRun(c, courses[c].Code, courses[c].Title,
                    runs[c]?.Id, runs[c]?.StartsAtUtc, runs[c]?.CohortLabel))],
                [.. equivalents[o.Requirement.Id].Select(e => new MyEquivalent(e.Id, e.Title, e.Provider, e.CompletedOn, e.Status, e.SubmittedAtUtc, e.DecisionNote))]))]));
    }
}

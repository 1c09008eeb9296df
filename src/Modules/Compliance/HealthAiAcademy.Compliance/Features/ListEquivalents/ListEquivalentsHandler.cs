using HealthAiAcademy.BuildingBlocks.Users;
using HealthAiAcademy.BuildingBlocks.Web;
using HealthAiAcademy.Compliance.Data;
using HealthAiAcademy.Compliance.Domain;
using HealthAiAcademy.Compliance.Features.Shared;
using Microsoft.EntityFrameworkCore;

namespace HealthAiAcademy.Compliance.Features.ListEquivalents;

/// <param name="DecidedBy">The coordinator who decided, by name; null while it waits or when its owner withdrew it.</param>
internal sealed record EquivalentView(
    Guid Id, Guid UserId, string FullName, string Email, Guid RequirementId, string Requirement, string? SystemName, string Title, string Provider,
    DateOnly CompletedOn, DateOnly? ExpiresOn, string EvidenceFileName, EquivalentStatus Status, DateTime SubmittedAtUtc, DateTime? DecidedAtUtc,
    string? DecidedBy, string? DecisionNote);

/// <summary>The coordinators' queue of training followed elsewhere: what waits first (oldest first), then what was decided (newest first).</summary>
internal sealed class ListEquivalentsHandler(ComplianceDbContext db, IUserDirectory users, ICurrentUser currentUser)
{
    public const int DecidedShown = 100;

    public async Task<Outcome<IReadOnlyList<EquivalentView>>> HandleAsync(EquivalentStatus? status, CancellationToken cancellationToken)
    {
        if (!currentUser.MayRead())
        {
            return Outcome<IReadOnlyList<EquivalentView>>.Forbidden(EquivalentRules.DecideRefusal);
        }

        var waiting = status is null or EquivalentStatus.Submitted
            ? await db.RecordedEquivalents.AsNoTracking().Where(e => e.Status == EquivalentStatus.Submitted).OrderBy(e => e.SubmittedAtUtc).ToListAsync(cancellationToken)
            : [];
        var decided = status is EquivalentStatus.Submitted
            ? []
            : await db.RecordedEquivalents.AsNoTracking().Where(e => status == null ? e.Status != EquivalentStatus.Submitted : e.Status == status)
                .OrderByDescending(e => e.DecidedAtUtc).Take(DecidedShown).ToListAsync(cancellationToken);
        return Outcome<IReadOnlyList<EquivalentView>>.Ok(await ViewsAsync(db, users, [.. waiting, .. decided], cancellationToken));
    }

    /// <summary>The equivalents with names of people, requirements and systems, in the order given.</summary>
    public static async Task<IReadOnlyList<EquivalentView>> ViewsAsync(ComplianceDbContext db, IUserDirectory users, IReadOnlyList<RecordedEquivalent> equivalents,
        CancellationToken cancellationToken)
    {
        var requirementIds = equivalents.Select(e => e.RequirementId).Distinct().ToList();
        var requirements = await (
                from r in db.Requirements.AsNoTracking()
                where requirementIds.Contains(r.Id)
                join s in db.AiSystems on r.SystemId equals s.Id into systems
                from s in systems.DefaultIfEmpty()
                select new { r.Id, r.Title, System = s == null ? null : s.Name })
            .ToDictionaryAsync(r => r.Id, cancellationToken);
        var people = await users.FindManyAsync([.. equivalents.SelectMany(e => e.DecidedBy is { } by ? [e.UserId, by] : new[] { e.UserId }).Distinct()], cancellationToken);
        return [.. equivalents.Where(e => requirements.ContainsKey(e.RequirementId)).Select(e => new EquivalentView(
            e.Id, e.UserId, people.GetValueOrDefault(e.UserId)?.FullName ?? "–", people.GetValueOrDefault(e.UserId)?.Email ?? "–",
            e.RequirementId, requirements[e.RequirementId].Title, requirements[e.RequirementId].System, e.Title, e.Provider, e.CompletedOn, e.ExpiresOn,
            e.EvidenceFileName, e.Status, e.SubmittedAtUtc, e.DecidedAtUtc, e.DecidedBy is { } by ? people.GetValueOrDefault(by)?.FullName : null, e.DecisionNote))];
    }
}

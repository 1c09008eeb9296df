using HealthAiAcademy.BuildingBlocks.Users;
using HealthAiAcademy.Compliance.Contracts;
using HealthAiAcademy.Compliance.Data;
using HealthAiAcademy.Compliance.Domain;
using HealthAiAcademy.Compliance.Features.Shared;
using Microsoft.EntityFrameworkCore;

namespace HealthAiAcademy.Compliance.Features.NotifyStandingChanges;

/// <summary>
/// Works out again what the status API answers for people and systems, keeps the answers, and stages an event for each
/// answer that changed (a person who becomes allowed, or stops being allowed). Runs inside the caller's transaction:
/// the new answers and their events commit together, and a parallel run that saw the old answers fails on the
/// concurrency token instead of announcing the change twice.
/// </summary>
internal sealed class StandingRecalculation(ComplianceDbContext db, IUserDirectory users, TimeProvider clock)
{
    /// <param name="userIds">Only these people; null: everyone the organisation or the register names.</param>
    /// <returns>How many answers changed.</returns>
    public async Task<int> StageAsync(IReadOnlyCollection<Guid>? userIds, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var rules = await ComplianceRules.LoadAsync(db, cancellationToken);
        var facts = await PeopleFacts.LoadAsync(db, userIds, now, cancellationToken);
        var known = await (userIds is null ? db.Standings : db.Standings.Where(s => userIds.Contains(s.UserId))).ToListAsync(cancellationToken);
        var standings = known.ToDictionary(s => (s.SystemId, s.UserId));
        var people = (userIds ?? [.. facts.Memberships.Select(m => m.Key)])
            .Union(rules.Systems.Values.SelectMany(s => s.OverseerIds).Where(id => userIds is null || userIds.Contains(id)))
            .Union(known.Select(s => s.UserId))
            .ToList();
        var changed = new List<(AiSystem System, OperatorStanding Standing)>();
        foreach (var system in rules.Systems.Values)
        {
            foreach (var userId in people)
            {
                var standing = rules.Standing(system, userId, facts.MembershipsOf(userId), facts.TrainingOf(userId), facts.Day);
                var exists = standings.TryGetValue((system.Id, userId), out var previous);
                if (!exists && !standing.MayOperate && !standing.MayOversee)
                {
                    // Never allowed and still not: nothing to tell.
                    continue;
                }

                var snapshot = previous ?? new OperatorStanding(system.Id, userId);
                if (snapshot.Update(standing.MayOperate, standing.OperateUntil, standing.MayOversee, standing.OverseeUntil, now))
                {
                    if (!exists)
                    {
                        db.Standings.Add(snapshot);
                    }

                    changed.Add((system, snapshot));
                }
            }
        }

        if (changed.Count > 0)
        {
            var profiles = await users.FindManyAsync([.. changed.Select(c => c.Standing.UserId).Distinct()], cancellationToken);
            var changedIds = changed.Select(c => c.Standing.UserId).Distinct().ToList();
            var numbers = await db.StaffMembers.AsNoTracking().Where(s => changedIds.Contains(s.UserId)).ToDictionaryAsync(s => s.UserId, s => s.StaffNumber, cancellationToken);
            foreach (var (system, standing) in changed)
            {
                db.AddIntegrationEvent(new OperatorStandingChangedIntegrationEvent
                {
                    SystemId = system.Id, SystemName = system.Name, UserId = standing.UserId, Email = profiles.GetValueOrDefault(standing.UserId)?.Email,
                    StaffNumber = numbers.GetValueOrDefault(standing.UserId), MayOperate = standing.MayOperate, OperateUntil = standing.OperateUntil,
                    MayOversee = standing.MayOversee, OverseeUntil = standing.OverseeUntil, OccurredAtUtc = now,
                });
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        return changed.Count;
    }
}

using HealthAiAcademy.BuildingBlocks.Time;
using HealthAiAcademy.Compliance.Data;
using HealthAiAcademy.Compliance.Domain;
using Microsoft.EntityFrameworkCore;

namespace HealthAiAcademy.Compliance.Features.Shared;

/// <summary>What the rules need to know of some people at a moment: where they worked then, and what they had completed.</summary>
internal sealed record PeopleFacts(ILookup<Guid, Membership> Memberships, ILookup<Guid, TrainingRecord> Records, ILookup<Guid, RecordedEquivalent> Equivalents, DateOnly Day)
{
    public IReadOnlyList<Membership> MembershipsOf(Guid userId) => [.. Memberships[userId]];

    public PersonTraining TrainingOf(Guid userId) => new([.. Records[userId]], [.. Equivalents[userId]]);

    /// <summary>Who worked where at <paramref name="atUtc"/>, without their training: enough to find whom a unit or system concerns.</summary>
    public static Task<List<Membership>> MembershipsAtAsync(ComplianceDbContext db, DateTime atUtc, CancellationToken cancellationToken) =>
        CurrentAt(db, atUtc).ToListAsync(cancellationToken);

    /// <summary>The facts of the people who worked in the unit (or below it) at <paramref name="atUtc"/>; null: everyone the organisation had then.</summary>
    public static async Task<PeopleFacts> WithinAsync(ComplianceDbContext db, ComplianceRules rules, Guid? unitId, DateTime atUtc, CancellationToken cancellationToken)
    {
        var staff = (await MembershipsAtAsync(db, atUtc, cancellationToken))
            .Where(m => unitId is not { } scope || rules.IsWithin(m.UnitId, scope)).Select(m => m.UserId).Distinct().ToList();
        return await LoadAsync(db, staff, atUtc, cancellationToken);
    }

    /// <summary>
    /// The facts of everyone who worked in the unit (or below it) at any moment since <paramref name="sinceUtc"/>, with the
    /// whole history of their memberships and training: <see cref="At"/> then gives the facts of any moment in between
    /// without another query (a trend over months).
    /// </summary>
    public static async Task<PeopleHistory> HistoryWithinAsync(ComplianceDbContext db, ComplianceRules rules, Guid unitId, DateTime sinceUtc, CancellationToken cancellationToken)
    {
        var inUnit = (await db.Memberships.AsNoTracking().Where(m => m.EndedAtUtc == null || m.EndedAtUtc > sinceUtc).Select(m => new { m.UserId, m.UnitId })
                .ToListAsync(cancellationToken))
            .Where(m => rules.IsWithin(m.UnitId, unitId)).Select(m => m.UserId).Distinct().ToList();
        return new PeopleHistory(
            await db.Memberships.AsNoTracking().Where(m => inUnit.Contains(m.UserId)).ToListAsync(cancellationToken),
            (await db.TrainingRecords.AsNoTracking().Where(r => inUnit.Contains(r.UserId)).ToListAsync(cancellationToken)).ToLookup(r => r.UserId),
            (await db.RecordedEquivalents.AsNoTracking().Where(e => e.ApprovedAtUtc != null && inUnit.Contains(e.UserId)).ToListAsync(cancellationToken)).ToLookup(e => e.UserId));
    }

    private static IQueryable<Membership> CurrentAt(ComplianceDbContext db, DateTime atUtc) =>
        db.Memberships.AsNoTracking().Where(m => m.StartedAtUtc <= atUtc && (m.EndedAtUtc == null || m.EndedAtUtc > atUtc));

    /// <summary>The facts of the given people (null: everyone: the memberships current then, and every training record) at <paramref name="atUtc"/>.</summary>
    public static async Task<PeopleFacts> LoadAsync(ComplianceDbContext db, IReadOnlyCollection<Guid>? userIds, DateTime atUtc, CancellationToken cancellationToken)
    {
        var memberships = CurrentAt(db, atUtc);
        var records = db.TrainingRecords.AsNoTracking();
        // Withdrawn ones stay: an approval counted until its withdrawal, and a report at an earlier date must see it.
        var equivalents = db.RecordedEquivalents.AsNoTracking().Where(e => e.ApprovedAtUtc != null);
        if (userIds is not null)
        {
            memberships = memberships.Where(m => userIds.Contains(m.UserId));
            records = records.Where(r => userIds.Contains(r.UserId));
            equivalents = equivalents.Where(e => userIds.Contains(e.UserId));
        }

        return new PeopleFacts(
            (await memberships.ToListAsync(cancellationToken)).ToLookup(m => m.UserId),
            (await records.ToListAsync(cancellationToken)).ToLookup(r => r.UserId),
            (await equivalents.ToListAsync(cancellationToken)).ToLookup(e => e.UserId),
            AcademyTime.DateOf(atUtc));
    }
}

/// <summary>People's memberships and training over time, loaded once (see <see cref="PeopleFacts.HistoryWithinAsync"/>).</summary>
internal sealed record PeopleHistory(IReadOnlyList<Membership> Memberships, ILookup<Guid, TrainingRecord> Records, ILookup<Guid, RecordedEquivalent> Equivalents)
{
    /// <summary>The facts as they stood at <paramref name="atUtc"/>: the memberships current then; training counts by its own dates.</summary>
    public PeopleFacts At(DateTime atUtc) =>
        new(Memberships.Where(m => m.WasCurrentAt(atUtc)).ToLookup(m => m.UserId), Records, Equivalents, AcademyTime.DateOf(atUtc));
}

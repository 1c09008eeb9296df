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

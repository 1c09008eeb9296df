using HealthAiAcademy.BuildingBlocks.Privacy;
using HealthAiAcademy.Compliance.Data;
using Microsoft.EntityFrameworkCore;

namespace HealthAiAcademy.Compliance.Features.ExportPersonalData;

/// <summary>The person's staff number, their places in the organisation (current and past), and the training elsewhere they recorded, with its evidence.</summary>
internal sealed class PersonalDataExport(ComplianceDbContext db) : IPersonalDataSource
{
    public string Module => ComplianceModule.Name;

    public async Task<IReadOnlyList<PersonalDataFile>> ExportAsync(Guid userId, CancellationToken cancellationToken)
    {
        var member = await db.StaffMembers.AsNoTracking().SingleOrDefaultAsync(s => s.UserId == userId, cancellationToken);
        var memberships = await (
                from m in db.Memberships.AsNoTracking()
                where m.UserId == userId
                join u in db.Units on m.UnitId equals u.Id
                join f in db.Functions on m.FunctionId equals f.Id
                orderby m.StartedAtUtc
                select new { Unit = u.Path, Function = f.Name, m.IsManager, m.Source, m.StartedAtUtc, m.EndedAtUtc })
            .ToListAsync(cancellationToken);
        var equivalents = await (
                from e in db.RecordedEquivalents.AsNoTracking()
                where e.UserId == userId
                join r in db.Requirements on e.RequirementId equals r.Id
                join evidence in db.EquivalentEvidence on e.Id equals evidence.EquivalentId
                orderby e.SubmittedAtUtc
                select new { e.Id, Requirement = r.Title, e.Title, e.Provider, e.CompletedOn, e.ExpiresOn, e.Status, e.SubmittedAtUtc, e.DecidedAtUtc, e.DecisionNote,
                    e.EvidenceFileName, Evidence = evidence.Content })
            .ToListAsync(cancellationToken);
        var files = new List<PersonalDataFile>();
        if (member is not null || memberships.Count > 0)
        {
            files.Add(PersonalDataFile.AsJson("organisation.json", new { member?.StaffNumber, Memberships = memberships }));
        }

        if (equivalents.Count > 0)
        {
            files.Add(PersonalDataFile.AsJson("training-elsewhere.json", equivalents.Select(e => new
            {
                e.Requirement, e.Title, e.Provider, e.CompletedOn, e.ExpiresOn, Status = e.Status.ToString(), e.SubmittedAtUtc, e.DecidedAtUtc, e.DecisionNote,
                Evidence = $"training-elsewhere/{e.Id:N}-{e.EvidenceFileName}",
            })));
            files.AddRange(equivalents.Select(e => new PersonalDataFile($"training-elsewhere/{e.Id:N}-{e.EvidenceFileName}", e.Evidence)));
        }

        return files;
    }
}

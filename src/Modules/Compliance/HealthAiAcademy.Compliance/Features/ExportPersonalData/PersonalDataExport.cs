using HealthAiAcademy.BuildingBlocks.Privacy;
using HealthAiAcademy.Compliance.Data;
using Microsoft.EntityFrameworkCore;

namespace HealthAiAcademy.Compliance.Features.ExportPersonalData;

/// <summary>The person's staff number and their places in the organisation, current and past.</summary>
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
        return member is null && memberships.Count == 0
            ? []
            : [PersonalDataFile.AsJson("organisation.json", new { member?.StaffNumber, Memberships = memberships })];
    }
}

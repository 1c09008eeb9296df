using HealthAiAcademy.BuildingBlocks.Users;
using HealthAiAcademy.BuildingBlocks.Web;
using HealthAiAcademy.Compliance.Data;
using HealthAiAcademy.Compliance.Features.Shared;
using Microsoft.EntityFrameworkCore;

namespace HealthAiAcademy.Compliance.Features.ListHrImports;

/// <summary>The latest imports, so an administrator sees who a file did not match and can invite them before the next one.</summary>
internal sealed class ListHrImportsHandler(ComplianceDbContext db, ICurrentUser currentUser)
{
    public const int Latest = 10;

    public async Task<Outcome<IReadOnlyList<HrImportView>>> HandleAsync(CancellationToken cancellationToken)
    {
        if (!currentUser.MayMaintain())
        {
            return Outcome<IReadOnlyList<HrImportView>>.Forbidden(OrganisationRights.MaintainRefusal);
        }

        var imports = await db.HrImports.AsNoTracking().OrderByDescending(i => i.ImportedAtUtc).Take(Latest).ToListAsync(cancellationToken);
        return Outcome<IReadOnlyList<HrImportView>>.Ok([.. imports.Select(HrImportView.Of)]);
    }
}

using HealthAiAcademy.BuildingBlocks.Users;
using HealthAiAcademy.BuildingBlocks.Web;
using HealthAiAcademy.Compliance.Data;
using HealthAiAcademy.Compliance.Features.Shared;
using Microsoft.EntityFrameworkCore;

namespace HealthAiAcademy.Compliance.Features.ListRequirements;

internal sealed class ListRequirementsHandler(ComplianceDbContext db, RequirementViews views, ICurrentUser currentUser)
{
    public async Task<Outcome<IReadOnlyList<RequirementView>>> HandleAsync(CancellationToken cancellationToken)
    {
        if (!currentUser.MayRead())
        {
            return Outcome<IReadOnlyList<RequirementView>>.Forbidden(OrganisationRights.ReadRefusal);
        }

        var requirements = await db.Requirements.AsNoTracking().OrderBy(r => r.Kind).ThenBy(r => r.Title).ToListAsync(cancellationToken);
        return Outcome<IReadOnlyList<RequirementView>>.Ok(await views.ViewsAsync(requirements, cancellationToken));
    }
}

using HealthAiAcademy.BuildingBlocks.Users;
using HealthAiAcademy.Courses.Data;
using HealthAiAcademy.Courses.Features.Shared;
using Microsoft.EntityFrameworkCore;

namespace HealthAiAcademy.Courses.Features.GetManagedOffering;

internal sealed class GetManagedOfferingHandler(CoursesDbContext db, OfferingAccess access)
{
    public async Task<ManagedOffering?> HandleAsync(Guid offeringId, CancellationToken cancellationToken)
    {
        var offering = await db.Offerings.AsNoTracking().Include(o => o.Course).SingleOrDefaultAsync(o => o.Id == offeringId, cancellationToken);
        return offering is not null && access.MayManage(offering) ? ManagedOffering.From(offering) : null;
    }

    /// <summary>The offering's sessions in order, for its management page (call after <see cref="GetAsync"/> allowed access).</summary>
    public async Task<IReadOnlyList<SessionResponse>> SessionsAsync(Guid offeringId, CancellationToken cancellationToken) =>
        [.. (await db.Sessions.AsNoTracking().Where(s => s.OfferingId == offeringId).OrderBy(s => s.StartsAtUtc).ToListAsync(cancellationToken))
            .Select(s => SessionResponse.From(s, mayJoin: true))];
}

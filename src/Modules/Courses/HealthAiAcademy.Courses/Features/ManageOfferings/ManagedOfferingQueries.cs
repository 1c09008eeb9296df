using HealthAiAcademy.BuildingBlocks.Users;
using HealthAiAcademy.Courses.Data;
using HealthAiAcademy.Courses.Features.Sessions;
using HealthAiAcademy.Courses.Features.Shared;
using Microsoft.EntityFrameworkCore;

namespace HealthAiAcademy.Courses.Features.ManageOfferings;

internal sealed class ManagedOfferingQueries(CoursesDbContext db, OfferingAccess access, ICurrentUser currentUser)
{
    /// <summary>Coordinators see every offering; instructors the ones they teach. Newest first.</summary>
    public async Task<IReadOnlyList<ManagedOffering>> ListAsync(CancellationToken cancellationToken)
    {
        var userId = currentUser.UserId ?? Guid.Empty;
        var query = db.Offerings.AsNoTracking().Include(o => o.Course).AsQueryable();
        if (!access.IsCoordinator)
        {
            query = query.Where(o => o.InstructorIds.Contains(userId) || o.Course.InstructorIds.Contains(userId));
        }

        var offerings = await query.OrderByDescending(o => o.StartsAtUtc).ToListAsync(cancellationToken);
        return [.. offerings.Select(ManagedOffering.From)];
    }

    public async Task<ManagedOffering?> GetAsync(Guid offeringId, CancellationToken cancellationToken)
    {
        var offering = await db.Offerings.AsNoTracking().Include(o => o.Course).SingleOrDefaultAsync(o => o.Id == offeringId, cancellationToken);
        return offering is not null && access.MayManage(offering) ? ManagedOffering.From(offering) : null;
    }

    /// <summary>The offering's sessions in order, for its management page (call after <see cref="GetAsync"/> allowed access).</summary>
    public async Task<IReadOnlyList<SessionResponse>> SessionsAsync(Guid offeringId, CancellationToken cancellationToken) =>
        [.. (await db.Sessions.AsNoTracking().Where(s => s.OfferingId == offeringId).OrderBy(s => s.StartsAtUtc).ToListAsync(cancellationToken))
            .Select(SessionResponse.From)];
}

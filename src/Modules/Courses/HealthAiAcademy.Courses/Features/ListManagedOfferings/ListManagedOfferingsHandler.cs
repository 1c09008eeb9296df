using HealthAiAcademy.BuildingBlocks.Users;
using HealthAiAcademy.Courses.Data;
using HealthAiAcademy.Courses.Features.Shared;
using Microsoft.EntityFrameworkCore;

namespace HealthAiAcademy.Courses.Features.ListManagedOfferings;

internal sealed class ListManagedOfferingsHandler(CoursesDbContext db, OfferingAccess access, ICurrentUser currentUser)
{
    /// <summary>Coordinators see every offering; instructors the ones they teach. Newest first.</summary>
    public async Task<IReadOnlyList<ManagedOffering>> HandleAsync(CancellationToken cancellationToken)
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
}

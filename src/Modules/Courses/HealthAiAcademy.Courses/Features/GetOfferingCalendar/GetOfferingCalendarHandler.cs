using HealthAiAcademy.BuildingBlocks.Authorization;
using HealthAiAcademy.BuildingBlocks.Users;
using HealthAiAcademy.Courses.Contracts;
using HealthAiAcademy.Courses.Data;
using HealthAiAcademy.Courses.Domain;
using HealthAiAcademy.Courses.Features.Shared;
using HealthAiAcademy.Enrollment.Contracts;
using Microsoft.EntityFrameworkCore;

namespace HealthAiAcademy.Courses.Features.GetOfferingCalendar;

internal sealed class GetOfferingCalendarHandler(CoursesDbContext db, ICurrentUser currentUser, OfferingAccess access, TimeProvider clock)
{
    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    /// <summary>The sessions of an offering anyone can see in the catalog (drafts only for coordinators); meeting links only for those who may join.</summary>
    public async Task<string?> HandleAsync(Guid offeringId, CancellationToken cancellationToken)
    {
        var mayManage = currentUser.IsInRole(Roles.Coordinator) || currentUser.IsInRole(Roles.Administrator);
        var offering = await db.Offerings.AsNoTracking().Include(o => o.Course).Include(o => o.Sessions)
            .SingleOrDefaultAsync(o => o.Id == offeringId && (mayManage || (o.Status != OfferingStatus.Draft && o.Status != OfferingStatus.Cancelled)), cancellationToken);
        if (offering is null)
        {
            return null;
        }

        var mayJoin = await access.MayJoinAsync(offering, cancellationToken);
        return SessionCalendarWriter.Write(offering.Course.Title, offering.Sessions.Select(s => (s, offering.Course.Title, mayJoin)), Now);
    }
}

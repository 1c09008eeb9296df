using HealthAiAcademy.BuildingBlocks.Authorization;
using HealthAiAcademy.BuildingBlocks.Users;
using HealthAiAcademy.Courses.Contracts;
using HealthAiAcademy.Courses.Data;
using Microsoft.EntityFrameworkCore;

namespace HealthAiAcademy.Courses.Features.GetOffering;

internal sealed class GetOfferingHandler(CoursesDbContext db, ICurrentUser currentUser)
{
    /// <summary>Drafts and cancelled runs are visible to coordinators only; to anyone else they do not exist.</summary>
    public async Task<OfferingDetails?> HandleAsync(Guid offeringId, CancellationToken cancellationToken)
    {
        var mayManage = currentUser.IsInRole(Roles.Coordinator) || currentUser.IsInRole(Roles.Administrator);
        return await db.Offerings
            .AsNoTracking()
            .Where(o => o.Id == offeringId)
            .Where(o => mayManage || (o.Status != OfferingStatus.Draft && o.Status != OfferingStatus.Cancelled))
            .Select(o => new OfferingDetails(
                o.Id,
                o.Course.Code,
                o.Course.Title,
                o.Course.Summary,
                o.Course.Description,
                o.Kind,
                o.Status,
                o.CohortLabel,
                o.StartsAtUtc,
                o.EndsAtUtc,
                o.Capacity,
                o.Delivery,
                o.Location,
                o.Course.Language,
                o.Course.StudyLoadHours,
                o.Course.Ects,
                o.Course.Topics,
                o.Course.Audiences))
            .SingleOrDefaultAsync(cancellationToken);
    }
}

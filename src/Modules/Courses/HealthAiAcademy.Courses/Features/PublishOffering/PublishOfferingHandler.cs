using HealthAiAcademy.Courses.Data;
using Microsoft.EntityFrameworkCore;

namespace HealthAiAcademy.Courses.Features.PublishOffering;

internal sealed class PublishOfferingHandler(CoursesDbContext db, TimeProvider clock)
{
    /// <returns>False when there is no such offering.</returns>
    public async Task<bool> HandleAsync(Guid offeringId, CancellationToken cancellationToken)
    {
        var offering = await db.Offerings.Include(o => o.Course).SingleOrDefaultAsync(o => o.Id == offeringId, cancellationToken);
        if (offering is null)
        {
            return false;
        }

        db.AddIntegrationEvent(offering.Publish(clock.GetUtcNow().UtcDateTime));
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }
}

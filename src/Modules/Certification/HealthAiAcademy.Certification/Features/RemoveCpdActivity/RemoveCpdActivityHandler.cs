using HealthAiAcademy.BuildingBlocks.Users;
using HealthAiAcademy.BuildingBlocks.Web;
using HealthAiAcademy.Certification.Data;
using Microsoft.EntityFrameworkCore;

namespace HealthAiAcademy.Certification.Features.RemoveCpdActivity;

/// <summary>A person removes an activity they added (its evidence goes with it); another's is not found.</summary>
internal sealed class RemoveCpdActivityHandler(CertificationDbContext db, ICurrentUser currentUser)
{
    public async Task<Outcome<Guid>> HandleAsync(Guid activityId, CancellationToken cancellationToken)
    {
        var userId = currentUser.UserId;
        var activity = await db.CpdActivities.SingleOrDefaultAsync(a => a.Id == activityId && a.UserId == userId, cancellationToken);
        if (activity is null)
        {
            return Outcome<Guid>.NotFound("The activity");
        }

        db.CpdActivities.Remove(activity);
        await db.SaveChangesAsync(cancellationToken);
        return Outcome<Guid>.Ok(activityId);
    }
}

using HealthAiAcademy.BuildingBlocks.Audit;
using HealthAiAcademy.BuildingBlocks.Web;
using HealthAiAcademy.Enrollment.Data;
using HealthAiAcademy.Enrollment.Features.Shared;

namespace HealthAiAcademy.Enrollment.Features.MarkNoShow;

/// <summary>Staff mark an enrolled participant who did not take part, once the offering has started.</summary>
internal sealed class MarkNoShowHandler(EnrollmentDbContext db, EnrollmentChanges changes, TimeProvider clock)
{
    public Task<Outcome<EnrollmentResponse>> HandleAsync(Guid enrollmentId, CancellationToken cancellationToken) =>
        changes.ApplyAsync(enrollmentId, ChangeAllowedTo.Coordinator, AuditActions.NoShowMarked, null, async (enrollment, offering, token) =>
        {
            enrollment.MarkNoShow(clock.GetUtcNow().UtcDateTime, offering.StartsAtUtc);
            await db.SaveChangesAsync(token);
        }, cancellationToken);
}

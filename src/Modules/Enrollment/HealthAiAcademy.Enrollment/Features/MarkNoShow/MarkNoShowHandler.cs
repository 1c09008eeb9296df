using HealthAiAcademy.BuildingBlocks.Domain;
using HealthAiAcademy.BuildingBlocks.Web;
using HealthAiAcademy.Enrollment.Data;
using HealthAiAcademy.Enrollment.Features.Shared;

namespace HealthAiAcademy.Enrollment.Features.MarkNoShow;

/// <summary>Staff mark an enrolled participant who did not take part, once the offering has started.</summary>
internal sealed class MarkNoShowHandler(EnrollmentDbContext db, EnrollmentChanges changes, TimeProvider clock)
{
    public Task<Outcome<EnrollmentResponse>> HandleAsync(Guid enrollmentId, CancellationToken cancellationToken) =>
        changes.ApplyAsync(enrollmentId, ChangeAllowedTo.Coordinator, async (enrollment, offering, token) =>
        {
            var now = clock.GetUtcNow().UtcDateTime;
            if (offering.StartsAtUtc > now)
            {
                throw new BusinessRuleViolationException("A participant can be marked as a no-show once the offering has started.");
            }

            enrollment.MarkNoShow(now);
            await db.SaveChangesAsync(token);
        }, cancellationToken);
}

using HealthAiAcademy.BuildingBlocks.Audit;
using HealthAiAcademy.BuildingBlocks.Web;
using HealthAiAcademy.Enrollment.Data;
using HealthAiAcademy.Enrollment.Features.Shared;

namespace HealthAiAcademy.Enrollment.Features.RejectApplication;

internal sealed class RejectApplicationHandler(EnrollmentDbContext db, EnrollmentChanges changes, TimeProvider clock)
{
    public Task<Outcome<EnrollmentResponse>> HandleAsync(Guid enrollmentId, DecisionRequest? request, CancellationToken cancellationToken) =>
        changes.ApplyAsync(enrollmentId, ChangeAllowedTo.Coordinator, AuditActions.ApplicationRejected, EnrollmentChanges.Clean(request?.Message), async (enrollment, _, token) =>
        {
            enrollment.Reject(EnrollmentChanges.Clean(request?.Message), clock.GetUtcNow().UtcDateTime);
            await db.SaveChangesAsync(token);
        }, cancellationToken);
}

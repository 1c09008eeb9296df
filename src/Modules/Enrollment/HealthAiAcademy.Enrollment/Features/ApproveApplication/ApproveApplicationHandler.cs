using HealthAiAcademy.BuildingBlocks.Audit;
using HealthAiAcademy.BuildingBlocks.Domain;
using HealthAiAcademy.BuildingBlocks.Web;
using HealthAiAcademy.Enrollment.Data;
using HealthAiAcademy.Enrollment.Features.Shared;

namespace HealthAiAcademy.Enrollment.Features.ApproveApplication;

/// <summary>Accepts a pending application: a seat while one is free, else a place on the waiting list.</summary>
internal sealed class ApproveApplicationHandler(EnrollmentDbContext db, EnrollmentChanges changes, EnrollmentBooks books, SeatAllocation seats, TimeProvider clock)
{
    public Task<Outcome<EnrollmentResponse>> HandleAsync(Guid enrollmentId, DecisionRequest? request, CancellationToken cancellationToken) =>
        changes.ApplyAsync(enrollmentId, ChangeAllowedTo.Coordinator, AuditActions.ApplicationApproved, EnrollmentChanges.Clean(request?.Message), async (enrollment, offering, token) =>
        {
            enrollment.Approve(EnrollmentChanges.Clean(request?.Message), clock.GetUtcNow().UtcDateTime);
            if (await books.ReadAsync(offering.Id, token) is not { } book || !await seats.AdmitAsync(book, enrollment, token))
            {
                throw new BusinessRuleViolationException("The offering is full and has no waiting list: raise the capacity first.");
            }

            await db.SaveChangesAsync(token);
        }, cancellationToken);
}

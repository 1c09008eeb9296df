using HealthAiAcademy.BuildingBlocks.Audit;
using HealthAiAcademy.BuildingBlocks.Web;
using HealthAiAcademy.Enrollment.Data;
using HealthAiAcademy.Enrollment.Features.Shared;

namespace HealthAiAcademy.Enrollment.Features.WithdrawEnrollment;

/// <summary>Participants withdraw themselves until the cancellation deadline; coordinators withdraw anyone at any time.</summary>
internal sealed class WithdrawEnrollmentHandler(EnrollmentDbContext db, EnrollmentChanges changes, SeatLedger ledger, EnrollmentBooks books, SeatAllocation seats, TimeProvider clock)
{
    public Task<Outcome<EnrollmentResponse>> HandleAsync(Guid enrollmentId, CancellationToken cancellationToken) =>
        changes.ApplyAsync(enrollmentId, ChangeAllowedTo.OwnerOrCoordinator, AuditActions.WithdrawnByStaff, null, async (enrollment, offering, token) =>
        {
            var heldSeat = enrollment.HoldsSeat;
            var position = enrollment.WaitlistPosition;
            enrollment.Withdraw(clock.GetUtcNow().UtcDateTime, offering.CancellationDeadlineUtc, changes.ActsAsCoordinator);
            await db.SaveChangesAsync(token);
            if (position is { } leftAt)
            {
                await ledger.LeaveWaitlistAsync(offering.Id, leftAt, token);
            }

            if (heldSeat && await books.ReadAsync(offering.Id, token) is { } book)
            {
                await seats.PassOnSeatAsync(book, token);
            }
        }, cancellationToken);
}

using HealthAiAcademy.BuildingBlocks.Audit;
using HealthAiAcademy.BuildingBlocks.Web;
using HealthAiAcademy.Enrollment.Data;
using HealthAiAcademy.Enrollment.Features.Shared;

namespace HealthAiAcademy.Enrollment.Features.AcceptSeatOffer;

/// <summary>A waitlisted participant claims the seat held for them, before the offer lapses.</summary>
internal sealed class AcceptSeatOfferHandler(EnrollmentDbContext db, EnrollmentChanges changes, SeatLedger ledger, TimeProvider clock)
{
    public Task<Outcome<EnrollmentResponse>> HandleAsync(Guid enrollmentId, CancellationToken cancellationToken) =>
        changes.ApplyAsync(enrollmentId, ChangeAllowedTo.OwnerOrCoordinator, AuditActions.SeatOfferAcceptedByStaff, null, async (enrollment, offering, token) =>
        {
            // Read before the claim clears it; the claim itself refuses (409) anyone who holds no seat offer.
            var position = enrollment.WaitlistPosition;
            enrollment.ClaimOfferedSeat(clock.GetUtcNow().UtcDateTime);
            await db.SaveChangesAsync(token);
            await ledger.LeaveWaitlistAsync(offering.Id, position!.Value, token);
        }, cancellationToken);
}

using HealthAiAcademy.Enrollment.Contracts;
using HealthAiAcademy.Enrollment.Data;
using HealthAiAcademy.Enrollment.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace HealthAiAcademy.Enrollment.Features.Shared;

/// <summary>
/// Carries out the book's seat decisions (<see cref="EnrollmentBook.AdmissionFor"/>, <see cref="EnrollmentBook.FreedSeatFor"/>)
/// with the ledger's conditional updates. Call inside a unit of work.
/// </summary>
internal sealed class SeatAllocation(EnrollmentDbContext db, SeatLedger ledger, TimeProvider clock, IOptions<EnrollmentOptions> options)
{
    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    /// <returns>False when the offering is full and keeps no waiting list.</returns>
    public async Task<bool> AdmitAsync(EnrollmentBook book, Domain.Enrollment enrollment, CancellationToken cancellationToken)
    {
        switch (book.AdmissionFor(await ledger.TryTakeSeatAsync(book.OfferingId, cancellationToken)))
        {
            case Admission.Seat:
                enrollment.Enrol(Now);
                return true;
            case Admission.WaitingList:
                enrollment.Waitlist(await ledger.JoinWaitlistAsync(book.OfferingId, cancellationToken));
                return true;
            default:
                return false;
        }
    }

    /// <summary>A held seat became free: it goes to the first waitlisted person (an offer, or at once), else back to the pool.</summary>
    public async Task PassOnSeatAsync(EnrollmentBook book, CancellationToken cancellationToken)
    {
        var head = await db.Enrollments
            .Where(e => e.OfferingId == book.OfferingId && e.Status == EnrollmentStatus.Waitlisted && e.OfferExpiresAtUtc == null)
            .OrderBy(e => e.WaitlistPosition)
            .FirstOrDefaultAsync(cancellationToken);
        switch (book.FreedSeatFor(anyoneWaiting: head is not null))
        {
            case FreedSeat.BackToPool:
                await ledger.ReleaseSeatAsync(book.OfferingId, cancellationToken);
                break;
            case FreedSeat.PromoteHead:
                var position = head!.WaitlistPosition!.Value;
                head.Enrol(Now);
                await db.SaveChangesAsync(cancellationToken);
                await ledger.LeaveWaitlistAsync(book.OfferingId, position, cancellationToken);
                break;
            case FreedSeat.OfferToHead:
                head!.OfferSeat(Now + options.Value.SeatOfferWindow);
                await db.SaveChangesAsync(cancellationToken);
                break;
        }
    }
}

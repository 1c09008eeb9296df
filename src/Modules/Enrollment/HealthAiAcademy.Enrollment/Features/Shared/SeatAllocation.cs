using HealthAiAcademy.Courses.Contracts;
using HealthAiAcademy.Enrollment.Contracts;
using HealthAiAcademy.Enrollment.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace HealthAiAcademy.Enrollment.Features.Shared;

/// <summary>Who gets a seat: admitting requests, and passing a freed seat to the waiting list. Call inside a transaction.</summary>
internal sealed class SeatAllocation(EnrollmentDbContext db, SeatLedger ledger, ICourseCatalog catalog, TimeProvider clock, IOptions<EnrollmentOptions> options)
{
    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    /// <returns>False when the offering is full and has no waiting list.</returns>
    public async Task<bool> AdmitAsync(Domain.Enrollment enrollment, bool waitlistEnabled, CancellationToken cancellationToken)
    {
        if (await ledger.TryTakeSeatAsync(enrollment.OfferingId, cancellationToken))
        {
            enrollment.Enrol(Now);
            return true;
        }

        if (!waitlistEnabled)
        {
            return false;
        }

        enrollment.Waitlist(await ledger.JoinWaitlistAsync(enrollment.OfferingId, cancellationToken));
        return true;
    }

    /// <summary>The offering's terms from the book (ADR 0015), else from the catalog; null when the offering does not exist.</summary>
    public async Task<EnrolmentTerms?> TermsAsync(Guid offeringId, CancellationToken cancellationToken)
    {
        var book = await db.Books.AsNoTracking().SingleOrDefaultAsync(b => b.OfferingId == offeringId, cancellationToken);
        return book is { HasTerms: true } ? book.Terms : await catalog.GetEnrolmentTermsAsync(offeringId, cancellationToken);
    }

    /// <summary>Whether a freed seat goes to the head of the waiting list at once, instead of being offered for a while.</summary>
    public async Task<bool> PromotesAutomaticallyAsync(Guid offeringId, CancellationToken cancellationToken) =>
        (await TermsAsync(offeringId, cancellationToken))?.AutomaticWaitlistPromotion ?? false;

    /// <summary>A held seat became free: it goes to the first waitlisted person (an offer, or at once), else back to the pool.</summary>
    public async Task PassOnSeatAsync(Guid offeringId, bool automaticPromotion, CancellationToken cancellationToken)
    {
        var head = await db.Enrollments
            .Where(e => e.OfferingId == offeringId && e.Status == EnrollmentStatus.Waitlisted && e.OfferExpiresAtUtc == null)
            .OrderBy(e => e.WaitlistPosition)
            .FirstOrDefaultAsync(cancellationToken);
        if (head is null)
        {
            await ledger.ReleaseSeatAsync(offeringId, cancellationToken);
            return;
        }

        if (automaticPromotion)
        {
            var position = head.WaitlistPosition!.Value;
            head.Enrol(Now);
            await db.SaveChangesAsync(cancellationToken);
            await ledger.LeaveWaitlistAsync(offeringId, position, cancellationToken);
        }
        else
        {
            head.OfferSeat(Now + options.Value.SeatOfferWindow);
            await db.SaveChangesAsync(cancellationToken);
        }
    }
}

using HealthAiAcademy.BuildingBlocks.Outbox;
using HealthAiAcademy.Courses.Contracts;
using HealthAiAcademy.Enrollment.Contracts;
using HealthAiAcademy.Enrollment.Data;
using HealthAiAcademy.Enrollment.Features.Shared;
using Microsoft.EntityFrameworkCore;

namespace HealthAiAcademy.Enrollment.Features.FollowOffering;

/// <summary>Keeps the book's terms in step with Courses (newer copies only); seats a raised capacity frees go to the waiting list.</summary>
internal sealed class OfferingChangedHandler(EnrollmentDbContext db, SeatLedger ledger, EnrollmentBooks books, SeatAllocation seats, TimeProvider clock)
    : InboxIntegrationEventHandler<OfferingChangedIntegrationEvent, EnrollmentDbContext>(db, clock)
{
    protected override async Task ApplyAsync(OfferingChangedIntegrationEvent integrationEvent, CancellationToken cancellationToken)
    {
        var book = await Context.Books.SingleOrDefaultAsync(b => b.OfferingId == integrationEvent.OfferingId, cancellationToken);
        if (book is null)
        {
            return;
        }

        if (integrationEvent.Terms is { } terms)
        {
            if (!book.Follow(terms))
            {
                return;
            }
        }
        else
        {
            book.ChangeCapacity(integrationEvent.Capacity);
        }

        await Context.SaveChangesAsync(cancellationToken);
        var decidingBook = book.HasTerms ? book : await books.ReadAsync(book.OfferingId, cancellationToken) ?? book;
        while (await Context.Enrollments.AnyAsync(
                   e => e.OfferingId == book.OfferingId && e.Status == EnrollmentStatus.Waitlisted && e.OfferExpiresAtUtc == null, cancellationToken)
               && await ledger.TryTakeSeatAsync(book.OfferingId, cancellationToken))
        {
            // The seat just taken goes to the head of the waiting list (an offer, or at once).
            await seats.PassOnSeatAsync(decidingBook, cancellationToken);
        }
    }
}

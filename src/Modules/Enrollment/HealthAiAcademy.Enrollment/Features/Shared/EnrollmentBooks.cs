using HealthAiAcademy.BuildingBlocks.Data;
using HealthAiAcademy.Courses.Contracts;
using HealthAiAcademy.Enrollment.Data;
using HealthAiAcademy.Enrollment.Domain;
using Microsoft.EntityFrameworkCore;

namespace HealthAiAcademy.Enrollment.Features.Shared;

/// <summary>
/// Reads an offering's enrollment book with its terms (ADR 0015). Only a book whose terms have not arrived yet (an enrolment
/// faster than the publication's delivery, or a book from before terms were sent along) makes the catalog be asked.
/// </summary>
internal sealed class EnrollmentBooks(EnrollmentDbContext db, ICourseCatalog catalog, TimeProvider clock)
{
    /// <summary>
    /// The book, untracked, its terms completed in memory from the catalog where it has none; safe inside a unit of work.
    /// Null when there is no book and the catalog does not know the offering either.
    /// </summary>
    public async Task<EnrollmentBook?> ReadAsync(Guid offeringId, CancellationToken cancellationToken)
    {
        var book = await db.Books.AsNoTracking().SingleOrDefaultAsync(b => b.OfferingId == offeringId, cancellationToken);
        if (book is { HasTerms: true })
        {
            return book;
        }

        var terms = await catalog.GetEnrollmentTermsAsync(offeringId, cancellationToken);
        if (terms is null)
        {
            return book;
        }

        if (book is null)
        {
            return new EnrollmentBook(terms, clock.GetUtcNow().UtcDateTime);
        }

        book.Follow(terms);
        return book;
    }

    /// <summary>
    /// As <see cref="ReadAsync"/>, and stores what the catalog said: the first enrolment of a published offering opens its
    /// book, so the publication's handler finds it open. Outside a unit of work only (it saves and clears the tracker).
    /// Null when the offering does not exist or is a draft.
    /// </summary>
    public async Task<EnrollmentBook?> OpenAsync(Guid offeringId, CancellationToken cancellationToken)
    {
        var stored = await db.Books.AsNoTracking().SingleOrDefaultAsync(b => b.OfferingId == offeringId, cancellationToken);
        if (stored is { HasTerms: true })
        {
            return stored;
        }

        var terms = await catalog.GetEnrollmentTermsAsync(offeringId, cancellationToken);
        if (terms is null || terms.Status is OfferingStatus.Draft)
        {
            return null;
        }

        var book = stored ?? new EnrollmentBook(terms, clock.GetUtcNow().UtcDateTime);
        if (stored is null)
        {
            // A duplicate means another request or the publication's handler opened it at the same moment.
            db.Books.Add(book);
        }
        else
        {
            db.Books.Attach(book).Entity.Follow(terms);
        }

        await db.SaveUnlessDuplicateAsync(cancellationToken);
        db.ChangeTracker.Clear();
        return book;
    }
}

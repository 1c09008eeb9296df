using HealthAiAcademy.BuildingBlocks.Data;
using HealthAiAcademy.BuildingBlocks.Users;
using HealthAiAcademy.BuildingBlocks.Web;
using HealthAiAcademy.Courses.Contracts;
using HealthAiAcademy.Enrollment.Contracts;
using HealthAiAcademy.Enrollment.Data;
using HealthAiAcademy.Enrollment.Domain;
using HealthAiAcademy.Enrollment.Features.Shared;
using Microsoft.EntityFrameworkCore;

namespace HealthAiAcademy.Enrollment.Features.EnrolParticipant;

/// <summary>
/// Enrols the current user: a seat while one is free, else the waiting list; a request for approval where the offering
/// needs one. Enrolling again returns the existing enrollment. One transaction; the seat is decided by the database.
/// </summary>
internal sealed class EnrolParticipantHandler(
    EnrollmentDbContext db, EnrollmentBooks books, IUserDirectory users, ICurrentUser currentUser, SeatAllocation seats, TimeProvider clock)
{
    public async Task<Outcome<(EnrollmentResponse Enrollment, bool Created)>> HandleAsync(Guid offeringId, EnrolRequest request, CancellationToken cancellationToken)
    {
        var userId = currentUser.UserId!.Value;
        var now = clock.GetUtcNow().UtcDateTime;
        var book = await books.OpenAsync(offeringId, cancellationToken);
        var offering = book?.Terms;
        if (book is null || offering is null || offering.Status is OfferingStatus.Cancelled)
        {
            return Outcome<(EnrollmentResponse, bool)>.NotFound("The offering");
        }

        var existing = await db.Enrollments.AsNoTracking().SingleOrDefaultAsync(e => e.OfferingId == offeringId && e.UserId == userId, cancellationToken);
        if (existing is not null && existing.Status is not (EnrollmentStatus.Withdrawn or EnrollmentStatus.Rejected))
        {
            return Outcome<(EnrollmentResponse, bool)>.Ok((EnrollmentResponse.From(existing, offering.Title), false));
        }

        if (await RefusalAsync(offering, request, userId, now, cancellationToken) is { } refusal)
        {
            return refusal;
        }

        for (var attempt = 1; ; attempt++)
        {
            var firstTime = existing is null && attempt == 1;
            try
            {
                return await db.InTransactionAsync(token => EnrolOnceAsync(book, request, userId, firstTime, now, token), cancellationToken);
            }
            catch (DbUpdateException exception) when (exception.IsUniqueKeyViolation() && attempt < 3)
            {
                // The same person enrolling twice at once: the unique index let one through; answer with it.
                db.ChangeTracker.Clear();
                var winner = await db.Enrollments.AsNoTracking().SingleOrDefaultAsync(e => e.OfferingId == offeringId && e.UserId == userId, cancellationToken);
                if (winner is not null && winner.Status is not (EnrollmentStatus.Withdrawn or EnrollmentStatus.Rejected))
                {
                    return Outcome<(EnrollmentResponse, bool)>.Ok((EnrollmentResponse.From(winner, offering.Title), false));
                }
            }
        }
    }

    /// <summary>One try inside the unit of work: it may run again after a transient fault, so it reads what it changes.</summary>
    /// <param name="firstTime">Nobody had an enrollment a moment ago: skip looking again inside the write transaction (the shortest
    /// critical section is what bounds a burst); should a parallel request of the same person win, the unique index says so.</param>
    private async Task<Outcome<(EnrollmentResponse, bool)>> EnrolOnceAsync(
        EnrollmentBook offering, EnrolRequest request, Guid userId, bool firstTime, DateTime now, CancellationToken cancellationToken)
    {
        var enrollment = firstTime ? null : await db.Enrollments.SingleOrDefaultAsync(e => e.OfferingId == offering.OfferingId && e.UserId == userId, cancellationToken);
        if (enrollment is null)
        {
            enrollment = Domain.Enrollment.Request(offering.OfferingId, userId, Clean(request.Motivation), now);
            db.Enrollments.Add(enrollment);
        }
        else if (enrollment.Status is not (EnrollmentStatus.Withdrawn or EnrollmentStatus.Rejected))
        {
            // A parallel request of the same person committed first.
            return Outcome<(EnrollmentResponse, bool)>.Ok((EnrollmentResponse.From(enrollment, offering.Title), false));
        }
        else
        {
            enrollment.AwaitApproval(Clean(request.Motivation), now);
        }

        if (offering.EnrollmentPolicy == EnrollmentPolicy.Open && !await seats.AdmitAsync(offering, enrollment, cancellationToken))
        {
            return Outcome<(EnrollmentResponse, bool)>.Conflict("The offering is full and has no waiting list.");
        }

        await db.SaveChangesAsync(cancellationToken);
        return Outcome<(EnrollmentResponse, bool)>.Ok((EnrollmentResponse.From(enrollment, offering.Title), true));
    }

    private async Task<Outcome<(EnrollmentResponse, bool)>?> RefusalAsync(
        EnrollmentTerms offering, EnrolRequest request, Guid userId, DateTime now, CancellationToken cancellationToken)
    {
        if (EnrollmentWindow.RefusalAt(offering.Status, offering.EnrollmentOpensAtUtc, offering.EnrollmentClosesAtUtc, now) is { } closed)
        {
            return Outcome<(EnrollmentResponse, bool)>.Conflict(closed);
        }

        var errors = new ValidationErrors();
        errors.AddIf(offering.EnrollmentPolicy != EnrollmentPolicy.Open && string.IsNullOrWhiteSpace(request.Motivation), "motivation",
            "Tell the selection committee in a few sentences why you want to take part.");
        errors.AddIf(request.Motivation?.Length > 2000, "motivation", "At most 2000 characters.");
        if (offering.RequiresStudentNumber || offering.RequiresRegistrationNumber)
        {
            var profile = await users.FindAsync(userId, cancellationToken);
            errors.AddIf(offering.RequiresStudentNumber && string.IsNullOrWhiteSpace(profile?.StudentNumber), "studentNumber",
                "This offering is for students: add your student number to your profile first.");
            errors.AddIf(offering.RequiresRegistrationNumber && Professions.Find(profile?.Profession)?.Register is not null && string.IsNullOrWhiteSpace(profile?.RegistrationNumber),
                "registrationNumber", "This course reports your points to your register: add your registration number (BIG) to your profile first.");
        }

        return errors.IsValid ? null : Outcome<(EnrollmentResponse, bool)>.Invalid(errors);
    }

    private static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}

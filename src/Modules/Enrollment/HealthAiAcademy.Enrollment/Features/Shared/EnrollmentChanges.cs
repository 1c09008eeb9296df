using HealthAiAcademy.BuildingBlocks.Audit;
using HealthAiAcademy.BuildingBlocks.Data;
using HealthAiAcademy.BuildingBlocks.Domain;
using HealthAiAcademy.BuildingBlocks.Users;
using HealthAiAcademy.BuildingBlocks.Web;
using HealthAiAcademy.Courses.Contracts;
using HealthAiAcademy.Enrollment.Data;
using Microsoft.EntityFrameworkCore;

namespace HealthAiAcademy.Enrollment.Features.Shared;

/// <summary>Who may change an enrollment: its owner (where the use case lets owners act) or the offering's coordinators.</summary>
internal enum ChangeAllowedTo
{
    OwnerOrCoordinator,
    Coordinator,
}

/// <summary>
/// What every change of one enrollment shares: load it (404 for anyone who may not see it), check who may act (403), run the
/// change as one unit of work on a freshly loaded enrollment, audited when staff change someone else's enrollment, and
/// answer 409 for a change its state does not allow.
/// </summary>
internal sealed class EnrollmentChanges(EnrollmentDbContext db, ICourseCatalog catalog, ICurrentUser currentUser, OfferingStaff staff, StaffAudit audit)
{
    private const int MaxAttempts = 3;

    public bool ActsAsCoordinator => staff.IsCoordinator;

    public async Task<Outcome<EnrollmentResponse>> ApplyAsync(
        Guid enrollmentId, ChangeAllowedTo allowedTo, string auditAction, string? auditNote,
        Func<Domain.Enrollment, OfferingOutline, CancellationToken, Task> change, CancellationToken cancellationToken)
    {
        var enrollment = await db.Enrollments.AsNoTracking().SingleOrDefaultAsync(e => e.Id == enrollmentId, cancellationToken);
        var offering = enrollment is null ? null : await catalog.GetOfferingAsync(enrollment.OfferingId, cancellationToken);
        if (enrollment is null || offering is null)
        {
            return Outcome<EnrollmentResponse>.NotFound("The enrollment");
        }

        var isOwner = enrollment.UserId == currentUser.UserId;
        if (!isOwner && !staff.IsStaffOf(offering))
        {
            return Outcome<EnrollmentResponse>.NotFound("The enrollment");
        }

        if (!staff.IsCoordinator && (allowedTo == ChangeAllowedTo.Coordinator || !isOwner))
        {
            return Outcome<EnrollmentResponse>.Forbidden("Only coordinators may do this.");
        }

        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await db.InTransactionAsync(async token =>
                {
                    var current = await db.Enrollments.SingleAsync(e => e.Id == enrollmentId, token);
                    var before = db.Entry(current).CurrentValues.Clone();
                    await change(current, offering, token);
                    if (!isOwner)
                    {
                        audit.Record(db, auditAction, new AuditSubject(nameof(Domain.Enrollment), current.Id, current.OfferingId, current.UserId),
                            AuditChanges.Between(before, db.Entry(current).CurrentValues), auditNote);
                        await db.SaveChangesAsync(token);
                    }
                }, cancellationToken);
                break;
            }
            catch (DbUpdateConcurrencyException) when (attempt < MaxAttempts)
            {
                // Another change (a withdrawal ahead in the queue moving everyone up) won the row: decide again on what is there now.
                db.ChangeTracker.Clear();
            }
            catch (BusinessRuleViolationException violation)
            {
                return Outcome<EnrollmentResponse>.Conflict(violation.Message);
            }
            catch (DbUpdateConcurrencyException)
            {
                return Outcome<EnrollmentResponse>.Conflict("This enrollment was changed at the same time: reload and try again.");
            }
        }

        var saved = await db.Enrollments.AsNoTracking().SingleAsync(e => e.Id == enrollmentId, cancellationToken);
        return Outcome<EnrollmentResponse>.Ok(EnrollmentResponse.From(saved, offering.Title));
    }

    public static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}

/// <param name="Message">A note to the applicant with the decision.</param>
internal sealed record DecisionRequest(string? Message);

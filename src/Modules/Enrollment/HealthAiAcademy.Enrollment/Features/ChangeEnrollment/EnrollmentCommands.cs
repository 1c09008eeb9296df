using HealthAiAcademy.BuildingBlocks.Data;
using HealthAiAcademy.BuildingBlocks.Domain;
using HealthAiAcademy.BuildingBlocks.Users;
using HealthAiAcademy.BuildingBlocks.Web;
using HealthAiAcademy.Courses.Contracts;
using HealthAiAcademy.Enrollment.Contracts;
using HealthAiAcademy.Enrollment.Data;
using HealthAiAcademy.Enrollment.Features.Shared;
using Microsoft.EntityFrameworkCore;

namespace HealthAiAcademy.Enrollment.Features.ChangeEnrollment;

/// <summary>Withdrawing, deciding on applications and claiming offered seats; each one transaction.</summary>
internal sealed class EnrollmentCommands(
    EnrollmentDbContext db, ICourseCatalog catalog, ICurrentUser currentUser, OfferingStaff staff, SeatLedger ledger, SeatAllocation seats, TimeProvider clock)
{
    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    /// <summary>Participants withdraw themselves until the cancellation deadline; coordinators withdraw anyone at any time.</summary>
    public Task<Outcome<EnrollmentResponse>> WithdrawAsync(Guid enrollmentId, CancellationToken cancellationToken) =>
        ChangeAsync(enrollmentId, ownerMay: true, async (enrollment, offering) =>
        {
            if (!staff.IsCoordinator && Now > offering.CancellationDeadlineUtc && enrollment.Status == EnrollmentStatus.Enrolled)
            {
                throw new BusinessRuleViolationException("The cancellation deadline has passed: ask the coordinator to withdraw you.");
            }

            var heldSeat = enrollment.HoldsSeat;
            var position = enrollment.WaitlistPosition;
            enrollment.Withdraw(Now);
            await db.SaveChangesAsync(cancellationToken);
            if (position is { } leftAt)
            {
                await ledger.LeaveWaitlistAsync(offering.Id, leftAt, cancellationToken);
            }

            if (heldSeat)
            {
                await seats.PassOnSeatAsync(offering.Id, offering.AutomaticWaitlistPromotion, cancellationToken);
            }
        }, cancellationToken);

    public Task<Outcome<EnrollmentResponse>> ApproveAsync(Guid enrollmentId, string? message, CancellationToken cancellationToken) =>
        ChangeAsync(enrollmentId, ownerMay: false, async (enrollment, offering) =>
        {
            if (enrollment.Status != EnrollmentStatus.PendingApproval)
            {
                throw new BusinessRuleViolationException($"Only a pending application can be approved; this one is {enrollment.Status}.");
            }

            enrollment.Accepted(Clean(message), Now);
            if (!await seats.AdmitAsync(enrollment, offering.WaitlistEnabled, cancellationToken))
            {
                throw new BusinessRuleViolationException("The offering is full and has no waiting list: raise the capacity first.");
            }

            await db.SaveChangesAsync(cancellationToken);
        }, cancellationToken);

    public Task<Outcome<EnrollmentResponse>> RejectAsync(Guid enrollmentId, string? message, CancellationToken cancellationToken) =>
        ChangeAsync(enrollmentId, ownerMay: false, async (enrollment, _) =>
        {
            enrollment.Reject(Clean(message), Now);
            await db.SaveChangesAsync(cancellationToken);
        }, cancellationToken);

    /// <summary>Staff mark an enrolled participant who did not take part, once the offering has started.</summary>
    public Task<Outcome<EnrollmentResponse>> MarkNoShowAsync(Guid enrollmentId, CancellationToken cancellationToken) =>
        ChangeAsync(enrollmentId, ownerMay: false, async (enrollment, offering) =>
        {
            if (offering.StartsAtUtc > Now)
            {
                throw new BusinessRuleViolationException("A participant can be marked as a no-show once the offering has started.");
            }

            enrollment.MarkNoShow(Now);
            await db.SaveChangesAsync(cancellationToken);
        }, cancellationToken);

    public Task<Outcome<EnrollmentResponse>> AcceptOfferAsync(Guid enrollmentId, CancellationToken cancellationToken) =>
        ChangeAsync(enrollmentId, ownerMay: true, async (enrollment, offering) =>
        {
            if (enrollment.Status != EnrollmentStatus.Waitlisted || enrollment.OfferExpiresAtUtc is not { } expires || expires <= Now)
            {
                throw new BusinessRuleViolationException("There is no open seat offer for this enrollment (it may have expired).");
            }

            var position = enrollment.WaitlistPosition!.Value;
            enrollment.Enrol(Now);
            await db.SaveChangesAsync(cancellationToken);
            await ledger.LeaveWaitlistAsync(offering.Id, position, cancellationToken);
        }, cancellationToken);

    /// <summary>
    /// Loads the enrollment (404 for anyone who may not see it), applies the change in a transaction,
    /// and answers 409 for a change its state does not allow.
    /// </summary>
    private async Task<Outcome<EnrollmentResponse>> ChangeAsync(
        Guid enrollmentId, bool ownerMay, Func<Domain.Enrollment, OfferingSnapshot, Task> change, CancellationToken cancellationToken)
    {
        var enrollment = await db.Enrollments.AsNoTracking().SingleOrDefaultAsync(e => e.Id == enrollmentId, cancellationToken);
        var offering = enrollment is null ? null : await catalog.GetOfferingAsync(enrollment.OfferingId, cancellationToken);
        if (enrollment is null || offering is null)
        {
            return Outcome<EnrollmentResponse>.NotFound("The enrollment");
        }

        var isOwner = enrollment.UserId == currentUser.UserId;
        var isStaff = staff.IsStaffOf(offering);
        if (!isOwner && !isStaff)
        {
            return Outcome<EnrollmentResponse>.NotFound("The enrollment");
        }

        if ((ownerMay && !isOwner && !staff.IsCoordinator) || (!ownerMay && !staff.IsCoordinator))
        {
            return Outcome<EnrollmentResponse>.Forbidden("Only coordinators may do this.");
        }

        try
        {
            await db.InTransactionAsync(async token =>
            {
                var current = await db.Enrollments.SingleAsync(e => e.Id == enrollmentId, token);
                await change(current, offering);
            }, cancellationToken);
        }
        catch (BusinessRuleViolationException violation)
        {
            return Outcome<EnrollmentResponse>.Conflict(violation.Message);
        }
        catch (DbUpdateConcurrencyException)
        {
            return Outcome<EnrollmentResponse>.Conflict("This enrollment was changed at the same time: reload and try again.");
        }

        var saved = await db.Enrollments.AsNoTracking().SingleAsync(e => e.Id == enrollmentId, cancellationToken);
        return Outcome<EnrollmentResponse>.Ok(EnrollmentResponse.From(saved, offering.Title));
    }

    private static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}

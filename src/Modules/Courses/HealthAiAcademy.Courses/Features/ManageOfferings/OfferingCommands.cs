using HealthAiAcademy.BuildingBlocks.Domain;
using HealthAiAcademy.BuildingBlocks.Web;
using HealthAiAcademy.Courses.Contracts;
using HealthAiAcademy.Courses.Data;
using HealthAiAcademy.Courses.Domain;
using HealthAiAcademy.Courses.Features.Shared;
using HealthAiAcademy.Enrollment.Contracts;
using Microsoft.EntityFrameworkCore;

namespace HealthAiAcademy.Courses.Features.ManageOfferings;

/// <summary>Creating, editing, re-running and moving offerings through their statuses; one transaction each.</summary>
internal sealed class OfferingCommands(
    CoursesDbContext db,
    OfferingRequestValidator validator,
    OfferingAccess access,
    IEnrollmentDirectory enrollments,
    CatalogCache catalogCache,
    TimeProvider clock)
{
    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    public async Task<Outcome<ManagedOffering>> CreateAsync(OfferingRequest request, CancellationToken cancellationToken)
    {
        var (plan, errors) = await validator.ValidateAsync(request, cancellationToken);
        var course = request.CourseId is { } courseId ? await db.Courses.SingleOrDefaultAsync(c => c.Id == courseId, cancellationToken) : null;
        errors.AddIf(course is null, "courseId", "An existing course is required.");
        if (plan is null || course is null)
        {
            return Outcome<ManagedOffering>.Invalid(errors);
        }

        var offering = new Offering(Guid.NewGuid(), course, plan);
        db.Offerings.Add(offering);
        await db.SaveChangesAsync(cancellationToken);
        return Outcome<ManagedOffering>.Ok(ManagedOffering.From(offering));
    }

    public async Task<Outcome<ManagedOffering>> UpdateAsync(Guid offeringId, OfferingRequest request, CancellationToken cancellationToken)
    {
        var offering = await LoadAsync(offeringId, cancellationToken);
        if (offering is null)
        {
            return Outcome<ManagedOffering>.NotFound("The offering");
        }

        if (!access.MayManage(offering))
        {
            return Outcome<ManagedOffering>.Forbidden("Only coordinators and the offering's own instructors may change it.");
        }

        var (plan, errors) = await validator.ValidateAsync(request, cancellationToken);
        if (plan is null)
        {
            return Outcome<ManagedOffering>.Invalid(errors);
        }

        if (!access.IsCoordinator && !plan.InstructorIds.Order().SequenceEqual(offering.InstructorIds.Order()))
        {
            return Outcome<ManagedOffering>.Forbidden("Only coordinators assign instructors.");
        }

        if (plan.Capacity is { } capacity && capacity < offering.Capacity.GetValueOrDefault(int.MaxValue))
        {
            var taken = await enrollments.CountSeatsTakenAsync(offeringId, cancellationToken);
            if (capacity < taken)
            {
                return Outcome<ManagedOffering>.Conflict($"{taken} participants already hold a seat: capacity cannot go below that.");
            }
        }

        return await SaveAsync(offering, () => offering.Update(plan, Now), cancellationToken);
    }

    public async Task<Outcome<ManagedOffering>> ChangeStatusAsync(Guid offeringId, OfferingStatus target, CancellationToken cancellationToken)
    {
        var offering = await LoadAsync(offeringId, cancellationToken);
        if (offering is null)
        {
            return Outcome<ManagedOffering>.NotFound("The offering");
        }

        return access.IsCoordinator
            ? await SaveAsync(offering, () => offering.ChangeStatus(target, Now), cancellationToken)
            : Outcome<ManagedOffering>.Forbidden("Only coordinators publish, close, complete or cancel offerings.");
    }

    /// <summary>Copies an offering (usually last year's) into a new draft, every date and session shifted.</summary>
    public async Task<Outcome<ManagedOffering>> RerunAsync(Guid offeringId, RerunRequest request, CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors();
        errors.AddIf(string.IsNullOrWhiteSpace(request.CohortLabel) || request.CohortLabel.Trim().Length > 40, "cohortLabel", "A cohort label of 1 to 40 characters.");
        errors.AddIf(request.ShiftDays is null or < 1 or > 3660, "shiftDays", "Shift the dates by 1 to 3660 days (364 keeps the weekday a year later).");
        if (!errors.IsValid)
        {
            return Outcome<ManagedOffering>.Invalid(errors);
        }

        var source = await LoadAsync(offeringId, cancellationToken);
        if (source is null)
        {
            return Outcome<ManagedOffering>.NotFound("The offering");
        }

        var copy = source.Rerun(Guid.NewGuid(), TimeSpan.FromDays(request.ShiftDays!.Value), request.CohortLabel!.Trim());
        db.Offerings.Add(copy);
        await db.SaveChangesAsync(cancellationToken);
        return Outcome<ManagedOffering>.Ok(ManagedOffering.From(copy));
    }

    private Task<Offering?> LoadAsync(Guid offeringId, CancellationToken cancellationToken) =>
        db.Offerings.Include(o => o.Course).Include(o => o.Sessions).SingleOrDefaultAsync(o => o.Id == offeringId, cancellationToken);

    private async Task<Outcome<ManagedOffering>> SaveAsync(Offering offering, Func<BuildingBlocks.Events.IntegrationEvent> change, CancellationToken cancellationToken)
    {
        try
        {
            db.AddIntegrationEvent(change());
            await db.SaveChangesAsync(cancellationToken);
            await catalogCache.InvalidateAsync(cancellationToken);
            return Outcome<ManagedOffering>.Ok(ManagedOffering.From(offering));
        }
        catch (BusinessRuleViolationException violation)
        {
            return Outcome<ManagedOffering>.Conflict(violation.Message);
        }
        catch (DbUpdateConcurrencyException)
        {
            return Outcome<ManagedOffering>.Conflict("Someone else changed this offering at the same time: reload and try again.");
        }
    }
}

using HealthAiAcademy.BuildingBlocks.Audit;
using HealthAiAcademy.BuildingBlocks.Domain;
using HealthAiAcademy.BuildingBlocks.Web;
using HealthAiAcademy.Courses.Contracts;
using HealthAiAcademy.Courses.Data;
using HealthAiAcademy.Courses.Domain;
using HealthAiAcademy.Courses.Features.Shared;
using HealthAiAcademy.Enrollment.Contracts;
using Microsoft.EntityFrameworkCore;

namespace HealthAiAcademy.Courses.Features.UpdateOffering;

internal sealed class UpdateOfferingHandler(OfferingRequestValidator validator, OfferingAccess access, IEnrollmentDirectory enrollments, OfferingChanges changes, TimeProvider clock)
{
    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    public async Task<Outcome<ManagedOffering>> HandleAsync(Guid offeringId, OfferingRequest request, CancellationToken cancellationToken)
    {
        var offering = await changes.LoadAsync(offeringId, cancellationToken);
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

        return await changes.SaveAsync(offering, AuditActions.OfferingChanged, () => offering.Update(plan, Now), cancellationToken);
    }
}

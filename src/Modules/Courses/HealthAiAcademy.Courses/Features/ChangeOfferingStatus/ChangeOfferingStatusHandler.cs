using HealthAiAcademy.BuildingBlocks.Audit;
using HealthAiAcademy.BuildingBlocks.Domain;
using HealthAiAcademy.BuildingBlocks.Web;
using HealthAiAcademy.Courses.Contracts;
using HealthAiAcademy.Courses.Data;
using HealthAiAcademy.Courses.Domain;
using HealthAiAcademy.Courses.Features.Shared;
using HealthAiAcademy.Enrollment.Contracts;
using Microsoft.EntityFrameworkCore;

namespace HealthAiAcademy.Courses.Features.ChangeOfferingStatus;

/// <summary>Publishes, closes, completes or cancels an offering, as its status allows.</summary>
internal sealed class ChangeOfferingStatusHandler(OfferingAccess access, OfferingChanges changes, TimeProvider clock)
{
    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    public async Task<Outcome<ManagedOffering>> HandleAsync(Guid offeringId, OfferingStatus target, CancellationToken cancellationToken)
    {
        var offering = await changes.LoadAsync(offeringId, cancellationToken);
        if (offering is null)
        {
            return Outcome<ManagedOffering>.NotFound("The offering");
        }

        return access.IsCoordinator
            ? await changes.SaveAsync(offering, AuditActions.OfferingStatusChanged, () => offering.ChangeStatus(target, Now), cancellationToken)
            : Outcome<ManagedOffering>.Forbidden("Only coordinators publish, close, complete or cancel offerings.");
    }
}

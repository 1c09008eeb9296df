using HealthAiAcademy.BuildingBlocks.Audit;
using HealthAiAcademy.BuildingBlocks.Domain;
using HealthAiAcademy.BuildingBlocks.Web;
using HealthAiAcademy.Courses.Contracts;
using HealthAiAcademy.Courses.Data;
using HealthAiAcademy.Courses.Domain;
using HealthAiAcademy.Courses.Features.Shared;
using HealthAiAcademy.Enrollment.Contracts;
using Microsoft.EntityFrameworkCore;

namespace HealthAiAcademy.Courses.Features.RerunOffering;

/// <summary>Copies an offering into a new draft with every date and session shifted.</summary>
internal sealed class RerunOfferingHandler(CoursesDbContext db, OfferingChanges changes, OfferingAccess access, StaffAudit audit)
{
    /// <summary>Copies an offering (usually last year's) into a new draft, every date and session shifted.</summary>
    public async Task<Outcome<ManagedOffering>> HandleAsync(Guid offeringId, RerunRequest request, CancellationToken cancellationToken)
    {
        if (!access.IsCoordinator)
        {
            return Outcome<ManagedOffering>.Forbidden("Only coordinators re-run offerings.");
        }

        var errors = new ValidationErrors();
        errors.AddIf(string.IsNullOrWhiteSpace(request.CohortLabel) || request.CohortLabel.Trim().Length > 40, "cohortLabel", "A cohort label of 1 to 40 characters.");
        errors.AddIf(request.ShiftDays is null or < 1 or > 3660, "shiftDays", "Shift the dates by 1 to 3660 days (364 keeps the weekday a year later).");
        if (!errors.IsValid)
        {
            return Outcome<ManagedOffering>.Invalid(errors);
        }

        var source = await changes.LoadAsync(offeringId, cancellationToken);
        if (source is null)
        {
            return Outcome<ManagedOffering>.NotFound("The offering");
        }

        var copy = source.Rerun(Guid.NewGuid(), TimeSpan.FromDays(request.ShiftDays!.Value), request.CohortLabel!.Trim());
        db.Offerings.Add(copy);
        audit.Record(db, AuditActions.OfferingCreated, new AuditSubject(nameof(Offering), copy.Id, copy.Id), AuditChanges.Tracked(db.Entry(copy)), note: $"Rerun of {source.Id}");
        await db.SaveChangesAsync(cancellationToken);
        return Outcome<ManagedOffering>.Ok(ManagedOffering.From(copy));
    }
}

using HealthAiAcademy.BuildingBlocks.Audit;
using HealthAiAcademy.BuildingBlocks.Domain;
using HealthAiAcademy.BuildingBlocks.Web;
using HealthAiAcademy.Courses.Contracts;
using HealthAiAcademy.Courses.Data;
using HealthAiAcademy.Courses.Domain;
using HealthAiAcademy.Courses.Features.Shared;
using HealthAiAcademy.Enrollment.Contracts;
using Microsoft.EntityFrameworkCore;

namespace HealthAiAcademy.Courses.Features.CreateOffering;

/// <summary>Plans a new run of a course as a draft.</summary>
internal sealed class CreateOfferingHandler(CoursesDbContext db, OfferingRequestValidator validator, OfferingAccess access, StaffAudit audit)
{
    public async Task<Outcome<ManagedOffering>> HandleAsync(OfferingRequest request, CancellationToken cancellationToken)
    {
        if (!access.IsCoordinator)
        {
            return Outcome<ManagedOffering>.Forbidden("Only coordinators plan offerings.");
        }

        var (plan, errors) = await validator.ValidateAsync(request, cancellationToken);
        var course = request.CourseId is { } courseId ? await db.Courses.SingleOrDefaultAsync(c => c.Id == courseId, cancellationToken) : null;
        errors.AddIf(course is null, "courseId", "An existing course is required.");
        if (plan is null || course is null)
        {
            return Outcome<ManagedOffering>.Invalid(errors);
        }

        var offering = new Offering(Guid.NewGuid(), course, plan);
        db.Offerings.Add(offering);
        audit.Record(db, AuditActions.OfferingCreated, new AuditSubject(nameof(Offering), offering.Id, offering.Id), AuditChanges.Tracked(db.Entry(offering)));
        await db.SaveChangesAsync(cancellationToken);
        return Outcome<ManagedOffering>.Ok(ManagedOffering.From(offering));
    }
}

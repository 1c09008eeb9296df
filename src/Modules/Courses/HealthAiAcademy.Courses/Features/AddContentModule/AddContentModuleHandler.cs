using HealthAiAcademy.BuildingBlocks.Users;
using HealthAiAcademy.BuildingBlocks.Web;
using HealthAiAcademy.Courses.Data;
using HealthAiAcademy.Courses.Domain;
using HealthAiAcademy.Courses.Features.Shared;
using HealthAiAcademy.Enrollment.Contracts;
using Microsoft.EntityFrameworkCore;

namespace HealthAiAcademy.Courses.Features.AddContentModule;

internal sealed class AddContentModuleHandler(CoursesDbContext db, OfferingAccess access, ContentViews views)
{
    public async Task<Outcome<ContentModuleResponse>> HandleAsync(Guid offeringId, ContentModuleRequest request, CancellationToken cancellationToken)
    {
        var offering = await db.Offerings.Include(o => o.Course).SingleOrDefaultAsync(o => o.Id == offeringId, cancellationToken);
        if (offering is null)
        {
            return Outcome<ContentModuleResponse>.NotFound("The offering");
        }

        if (!access.MayManage(offering))
        {
            return Outcome<ContentModuleResponse>.Forbidden("Only coordinators and the offering's own instructors add content.");
        }

        var errors = new ValidationErrors().AddIf(string.IsNullOrWhiteSpace(request.Title) || request.Title.Trim().Length > 200, "title", "A title of 1 to 200 characters.");
        if (!errors.IsValid)
        {
            return Outcome<ContentModuleResponse>.Invalid(errors);
        }

        var last = await db.ContentModules.Where(m => m.OfferingId == offeringId).MaxAsync(m => (int?)m.Position, cancellationToken) ?? 0;
        var module = new ContentModule(Guid.NewGuid(), offeringId, request.Title!.Trim(), last + 1);
        db.ContentModules.Add(module);
        await db.SaveChangesAsync(cancellationToken);
        return Outcome<ContentModuleResponse>.Ok(views.ToResponse(module));
    }
}

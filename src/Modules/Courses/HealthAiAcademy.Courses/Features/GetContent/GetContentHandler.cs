using HealthAiAcademy.BuildingBlocks.Specifications;
using HealthAiAcademy.BuildingBlocks.Users;
using HealthAiAcademy.BuildingBlocks.Web;
using HealthAiAcademy.Courses.Data;
using HealthAiAcademy.Courses.Data.Specifications;
using HealthAiAcademy.Courses.Domain;
using HealthAiAcademy.Courses.Features.Shared;
using HealthAiAcademy.Enrollment.Contracts;
using Microsoft.EntityFrameworkCore;

namespace HealthAiAcademy.Courses.Features.GetContent;

internal sealed class GetContentHandler(CoursesDbContext db, OfferingAccess access, ICurrentUser currentUser, IEnrollmentDirectory enrollments, ContentViews views)
{
    public async Task<Outcome<IReadOnlyList<ContentModuleResponse>>> HandleAsync(Guid offeringId, CancellationToken cancellationToken)
    {
        var offering = await db.Offerings.AsNoTracking().Include(o => o.Course).SingleOrDefaultAsync(o => o.Id == offeringId, cancellationToken);
        if (offering is null)
        {
            return Outcome<IReadOnlyList<ContentModuleResponse>>.NotFound("The offering");
        }

        var participant = currentUser.UserId is { } userId && await enrollments.IsParticipantAsync(offeringId, userId, cancellationToken);
        if (!participant && !access.MayManage(offering))
        {
            return Outcome<IReadOnlyList<ContentModuleResponse>>.Forbidden("The content is for the offering's enrolled participants and staff.");
        }

        var modules = await db.ContentModules.WithSpecification(new OfferingContentSpecification(offeringId)).ToListAsync(cancellationToken);
        return Outcome<IReadOnlyList<ContentModuleResponse>>.Ok([.. modules.Select(views.ToResponse)]);
    }
}

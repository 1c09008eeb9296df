using HealthAiAcademy.BuildingBlocks.Users;
using HealthAiAcademy.Courses.Contracts;
using HealthAiAcademy.Enrollment.Data;
using HealthAiAcademy.Enrollment.Features.Shared;
using Microsoft.EntityFrameworkCore;

namespace HealthAiAcademy.Enrollment.Features.GetEnrollment;

/// <summary>One enrollment, for its owner and the offering's staff; to anyone else it does not exist.</summary>
internal sealed class GetEnrollmentHandler(EnrollmentDbContext db, ICourseCatalog catalog, ICurrentUser currentUser, OfferingStaff staff)
{
    public async Task<EnrollmentResponse?> HandleAsync(Guid enrollmentId, CancellationToken cancellationToken)
    {
        var enrollment = await db.Enrollments.AsNoTracking().SingleOrDefaultAsync(e => e.Id == enrollmentId, cancellationToken);
        if (enrollment is null)
        {
            return null;
        }

        var offering = await catalog.GetOfferingAsync(enrollment.OfferingId, cancellationToken);
        var visible = enrollment.UserId == currentUser.UserId || (offering is not null && staff.IsStaffOf(offering));
        return visible && offering is not null ? EnrollmentResponse.From(enrollment, offering.Title) : null;
    }
}

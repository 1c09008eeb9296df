using HealthAiAcademy.BuildingBlocks.Users;
using HealthAiAcademy.Courses.Contracts;
using HealthAiAcademy.Enrollment.Data;
using HealthAiAcademy.Enrollment.Features.Shared;
using Microsoft.EntityFrameworkCore;

namespace HealthAiAcademy.Enrollment.Features.MyEnrollments;

internal sealed class EnrollmentQueries(EnrollmentDbContext db, ICourseCatalog catalog, ICurrentUser currentUser, OfferingStaff staff)
{
    /// <summary>The signed-in user's enrollments, newest first.</summary>
    public async Task<IReadOnlyList<EnrollmentResponse>> MineAsync(CancellationToken cancellationToken)
    {
        var userId = currentUser.UserId!.Value;
        var rows = await db.Enrollments.AsNoTracking()
            .Where(e => e.UserId == userId)
            .Join(db.Books, e => e.OfferingId, b => b.OfferingId, (e, b) => new { Enrollment = e, b.Title })
            .OrderByDescending(x => x.Enrollment.RequestedAtUtc)
            .ToListAsync(cancellationToken);
        return [.. rows.Select(x => EnrollmentResponse.From(x.Enrollment, x.Title))];
    }

    /// <summary>One enrollment, for its owner and the offering's staff; to anyone else it does not exist.</summary>
    public async Task<EnrollmentResponse?> GetAsync(Guid enrollmentId, CancellationToken cancellationToken)
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

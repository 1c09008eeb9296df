using HealthAiAcademy.BuildingBlocks.Users;
using HealthAiAcademy.Enrollment.Data;
using HealthAiAcademy.Enrollment.Features.Shared;
using Microsoft.EntityFrameworkCore;

namespace HealthAiAcademy.Enrollment.Features.ListMyEnrollments;

/// <summary>The signed-in user's enrollments, newest first.</summary>
internal sealed class ListMyEnrollmentsHandler(EnrollmentDbContext db, ICurrentUser currentUser)
{
    public async Task<IReadOnlyList<EnrollmentResponse>> HandleAsync(CancellationToken cancellationToken)
    {
        var userId = currentUser.UserId!.Value;
        var rows = await db.Enrollments.AsNoTracking()
            .Where(e => e.UserId == userId)
            .Join(db.Books, e => e.OfferingId, b => b.OfferingId, (e, b) => new { Enrollment = e, b.Title })
            .OrderByDescending(x => x.Enrollment.RequestedAtUtc)
            .ToListAsync(cancellationToken);
        return [.. rows.Select(x => EnrollmentResponse.From(x.Enrollment, x.Title))];
    }
}

using HealthAiAcademy.BuildingBlocks.Users;
using HealthAiAcademy.BuildingBlocks.Web;
using HealthAiAcademy.Courses.Data;
using HealthAiAcademy.Courses.Features.Shared;
using Microsoft.EntityFrameworkCore;

namespace HealthAiAcademy.Courses.Features.ListDisclosures;

/// <param name="Required">The course is accredited: publishing waits for every declaration.</param>
internal sealed record OfferingDisclosures(Guid OfferingId, string Title, bool Required, IReadOnlyList<DisclosureView> Faculty);

/// <summary>Each instructor of the run and their declaration, or that it is missing; for the run's staff.</summary>
internal sealed class ListDisclosuresHandler(CoursesDbContext db, OfferingAccess access, IUserDirectory users)
{
    public async Task<Outcome<OfferingDisclosures>> HandleAsync(Guid offeringId, CancellationToken cancellationToken)
    {
        var offering = await db.Offerings.AsNoTracking().Include(o => o.Course).Include(o => o.Disclosures).SingleOrDefaultAsync(o => o.Id == offeringId, cancellationToken);
        if (offering is null || !access.MayManage(offering))
        {
            return Outcome<OfferingDisclosures>.NotFound("The offering");
        }

        var names = await users.FindManyAsync(offering.Faculty, cancellationToken);
        return Outcome<OfferingDisclosures>.Ok(new OfferingDisclosures(offeringId, offering.Course.Title, offering.Course.Accreditations.Count > 0,
            [.. offering.Faculty.Select(id => DisclosureView.From(id, names.GetValueOrDefault(id)?.FullName ?? "", offering.Disclosures.SingleOrDefault(d => d.InstructorId == id)))
                .OrderBy(d => d.InstructorName, StringComparer.CurrentCulture)]));
    }
}

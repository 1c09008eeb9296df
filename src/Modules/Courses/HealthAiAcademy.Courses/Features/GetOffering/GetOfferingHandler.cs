using HealthAiAcademy.BuildingBlocks.Users;
using HealthAiAcademy.Courses.Contracts;
using HealthAiAcademy.Courses.Data;
using HealthAiAcademy.Courses.Features.Shared;
using HealthAiAcademy.Enrollment.Contracts;
using Microsoft.EntityFrameworkCore;

namespace HealthAiAcademy.Courses.Features.GetOffering;

internal sealed class GetOfferingHandler(
    CoursesDbContext db, ICurrentUser currentUser, OfferingAccess access, IEnrollmentDirectory enrollments, IUserDirectory users, MarkdownRenderer markdown,
    TimeProvider clock)
{
    /// <summary>Drafts and cancelled runs exist only for those who manage them; to anyone else they are not found.</summary>
    public async Task<OfferingDetails?> HandleAsync(Guid offeringId, CancellationToken cancellationToken)
    {
        var offering = await db.Offerings.AsNoTracking().Include(o => o.Course).Include(o => o.Sessions).Include(o => o.Disclosures)
            .SingleOrDefaultAsync(o => o.Id == offeringId, cancellationToken);
        if (offering is null)
        {
            return null;
        }

        var mayManage = access.MayManage(offering);
        if (!mayManage && offering.Status is OfferingStatus.Draft or OfferingStatus.Cancelled)
        {
            return null;
        }

        var mine = currentUser.UserId is { } userId ? await enrollments.GetStateAsync(offeringId, userId, cancellationToken) : null;
        int? seatsLeft = offering.Capacity is { } capacity
            ? Math.Max(0, capacity - await enrollments.CountSeatsTakenAsync(offeringId, cancellationToken))
            : null;
        var now = clock.GetUtcNow().UtcDateTime;
        var mayJoin = mayManage || mine?.Status.TakesPart() == true;
        var course = offering.Course;
        var declared = offering.Disclosures.Select(d => d.InstructorId).ToList();
        var names = declared.Count == 0 ? new Dictionary<Guid, UserProfile>() : await users.FindManyAsync(declared, cancellationToken);
        return new OfferingDetails(
            offering.Id, course.Id, course.Code, course.Title, course.Summary, markdown.ToSafeHtml(course.Description), offering.Kind, offering.Status,
            offering.CohortLabel, offering.StartsAtUtc, offering.EndsAtUtc, offering.EnrollmentOpensAtUtc, offering.EnrollmentClosesAtUtc,
            offering.CancellationDeadlineUtc,
            offering.Status == OfferingStatus.Published && now >= offering.EnrollmentOpensAtUtc && now < offering.EnrollmentClosesAtUtc,
            offering.Capacity, seatsLeft, offering.EnrollmentPolicy, offering.WaitlistEnabled, offering.RequiresStudentNumber,
            offering.RequiresRegistrationNumber, offering.Delivery, offering.Location,
            mayJoin ? offering.OnlineLink : null,
            course.Language, course.StudyLoadHours, course.Ects, course.LearningObjectives, course.Topics, course.Audiences, course.Accreditations,
            [.. offering.Sessions.OrderBy(s => s.StartsAtUtc).Select(s => SessionResponse.From(s, mayJoin))],
            mine, mayManage,
            [.. offering.Disclosures.Select(d => DisclosureView.From(d.InstructorId, names.GetValueOrDefault(d.InstructorId)?.FullName ?? "", d))
                .OrderBy(d => d.InstructorName, StringComparer.CurrentCulture)]);
    }
}

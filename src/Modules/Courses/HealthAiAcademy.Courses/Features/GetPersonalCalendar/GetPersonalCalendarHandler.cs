using HealthAiAcademy.BuildingBlocks.Authorization;
using HealthAiAcademy.BuildingBlocks.Users;
using HealthAiAcademy.Courses.Contracts;
using HealthAiAcademy.Courses.Data;
using HealthAiAcademy.Courses.Domain;
using HealthAiAcademy.Courses.Features.Shared;
using HealthAiAcademy.Enrollment.Contracts;
using Microsoft.EntityFrameworkCore;

namespace HealthAiAcademy.Courses.Features.GetPersonalCalendar;

[ServesAnyone("The secret token in the feed's address is the key; calendar apps cannot sign in.")]
internal sealed class GetPersonalCalendarHandler(CoursesDbContext db, IEnrollmentDirectory enrollments, TimeProvider clock)
{
    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    /// <summary>The private feed: every session of every offering the token's owner holds a seat in, with its meeting link.</summary>
    public async Task<string?> HandleAsync(string token, CancellationToken cancellationToken)
    {
        var feed = await db.CalendarFeeds.AsNoTracking().SingleOrDefaultAsync(f => f.Token == token, cancellationToken);
        if (feed is null)
        {
            return null;
        }

        var offeringIds = await enrollments.OfferingsOfParticipantAsync(feed.UserId, cancellationToken);
        var offerings = await db.Offerings.AsNoTracking().Include(o => o.Course).Include(o => o.Sessions)
            .Where(o => offeringIds.Contains(o.Id))
            .ToListAsync(cancellationToken);
        return SessionCalendarWriter.Write("Health AI Academy", offerings.SelectMany(o => o.Sessions.Select(s => (s, o.Course.Title, MayJoin: true))), Now);
    }
}

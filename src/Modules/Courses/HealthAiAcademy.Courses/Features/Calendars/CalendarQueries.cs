using HealthAiAcademy.BuildingBlocks.Authorization;
using HealthAiAcademy.BuildingBlocks.Users;
using HealthAiAcademy.Courses.Contracts;
using HealthAiAcademy.Courses.Data;
using HealthAiAcademy.Courses.Domain;
using HealthAiAcademy.Enrollment.Contracts;
using Microsoft.EntityFrameworkCore;

namespace HealthAiAcademy.Courses.Features.Calendars;

internal sealed class CalendarQueries(CoursesDbContext db, IEnrollmentDirectory enrollments, ICurrentUser currentUser, TimeProvider clock)
{
    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    /// <summary>The sessions of an offering anyone can see in the catalog (drafts only for coordinators).</summary>
    public async Task<string?> OfferingCalendarAsync(Guid offeringId, CancellationToken cancellationToken)
    {
        var mayManage = currentUser.IsInRole(Roles.Coordinator) || currentUser.IsInRole(Roles.Administrator);
        var offering = await db.Offerings.AsNoTracking().Include(o => o.Course).Include(o => o.Sessions)
            .SingleOrDefaultAsync(o => o.Id == offeringId && (mayManage || (o.Status != OfferingStatus.Draft && o.Status != OfferingStatus.Cancelled)), cancellationToken);
        return offering is null
            ? null
            : SessionCalendarWriter.Write(offering.Course.Title, offering.Sessions.Select(s => (s, offering.Course.Title)), Now);
    }

    /// <summary>The private feed: every session of every offering the token's owner holds a seat in.</summary>
    public async Task<string?> PersonalCalendarAsync(string token, CancellationToken cancellationToken)
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
        return SessionCalendarWriter.Write("Health AI Academy", offerings.SelectMany(o => o.Sessions.Select(s => (s, o.Course.Title))), Now);
    }

    /// <summary>The signed-in user's feed token, created on first use; renewing replaces it so old links stop working.</summary>
    public async Task<string> FeedTokenAsync(bool renew, CancellationToken cancellationToken)
    {
        var userId = currentUser.UserId ?? throw new InvalidOperationException("A signed-in user is required.");
        var feed = await db.CalendarFeeds.SingleOrDefaultAsync(f => f.UserId == userId, cancellationToken);
        if (feed is null)
        {
            feed = new CalendarFeed(userId, Now);
            db.CalendarFeeds.Add(feed);
        }
        else if (renew)
        {
            feed.Renew(Now);
        }

        await db.SaveChangesAsync(cancellationToken);
        return feed.Token;
    }
}

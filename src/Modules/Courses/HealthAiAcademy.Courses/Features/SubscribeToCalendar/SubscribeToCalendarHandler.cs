using HealthAiAcademy.BuildingBlocks.Authorization;
using HealthAiAcademy.BuildingBlocks.Data;
using HealthAiAcademy.BuildingBlocks.Users;
using HealthAiAcademy.Courses.Contracts;
using HealthAiAcademy.Courses.Data;
using HealthAiAcademy.Courses.Domain;
using HealthAiAcademy.Courses.Features.Shared;
using HealthAiAcademy.Enrollment.Contracts;
using Microsoft.EntityFrameworkCore;

namespace HealthAiAcademy.Courses.Features.SubscribeToCalendar;

internal sealed class SubscribeToCalendarHandler(CoursesDbContext db, ICurrentUser currentUser, TimeProvider clock)
{
    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    /// <summary>The signed-in user's feed token, created on first use; renewing replaces it so old links stop working.</summary>
    public async Task<string> HandleAsync(bool renew, CancellationToken cancellationToken)
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

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException conflict) when (conflict.IsUniqueKeyViolation() && !renew)
        {
            // Two first requests at once (a calendar app and the page): the other one made the feed; its token is the answer.
            db.ChangeTracker.Clear();
            return await db.CalendarFeeds.AsNoTracking().Where(f => f.UserId == userId).Select(f => f.Token).SingleAsync(cancellationToken);
        }

        return feed.Token;
    }
}

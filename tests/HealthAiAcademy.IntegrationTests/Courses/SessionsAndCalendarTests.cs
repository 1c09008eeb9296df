using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using HealthAiAcademy.Courses.Data;
using HealthAiAcademy.Enrollment.Contracts;
using HealthAiAcademy.Enrollment.Data;
using HealthAiAcademy.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace HealthAiAcademy.IntegrationTests.Courses;

public sealed class SessionsAndCalendarTests(AcademyFactory factory) : IClassFixture<AcademyFactory>
{
    [Fact]
    public async Task Sessions_are_scheduled_in_Amsterdam_time_and_must_fall_within_the_offering()
    {
        var coordinator = await factory.CreateClientForAsync("coordinator@demo.local");
        var offeringId = await CoursesApi.CreateOfferingAsync(coordinator, await CoursesApi.CreateCourseAsync(coordinator));

        var inside = await coordinator.PostAsJsonAsync($"/api/courses/offerings/{offeringId}/sessions", new { startsAt = "2030-07-02T09:00", durationMinutes = 480, topic = "Machine learning" });
        var before = await coordinator.PostAsJsonAsync($"/api/courses/offerings/{offeringId}/sessions", new { startsAt = "2030-06-30T09:00", durationMinutes = 60, topic = "Too early" });
        var overrunning = await coordinator.PostAsJsonAsync($"/api/courses/offerings/{offeringId}/sessions", new { startsAt = "2030-07-05T17:00", durationMinutes = 120, topic = "Too late" });
        var bad = await coordinator.PostAsJsonAsync($"/api/courses/offerings/{offeringId}/sessions", new { startsAt = "", durationMinutes = 0, topic = "", onlineLink = "javascript:alert(1)" });
        var unknown = await coordinator.PostAsJsonAsync($"/api/courses/offerings/{Guid.NewGuid()}/sessions", new { startsAt = "2030-07-02T09:00", durationMinutes = 60, topic = "x" });

        Assert.Equal(HttpStatusCode.Created, inside.StatusCode);
        Assert.Equal(new DateTime(2030, 7, 2, 7, 0, 0), (await CoursesApi.JsonAsync(inside)).GetProperty("startsAtUtc").GetDateTime());
        await before.AssertValidationProblemAsync("startsAt");
        await overrunning.AssertValidationProblemAsync("startsAt");
        await bad.AssertValidationProblemAsync("startsAt", "durationMinutes", "topic", "onlineLink");
        await unknown.AssertProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Rescheduling_and_cancelling_raise_events_for_reminders_and_participants()
    {
        var coordinator = await factory.CreateClientForAsync("coordinator@demo.local");
        var offeringId = await CoursesApi.CreateOfferingAsync(coordinator, await CoursesApi.CreateCourseAsync(coordinator));
        var created = await CoursesApi.JsonAsync(await coordinator.PostAsJsonAsync($"/api/courses/offerings/{offeringId}/sessions", new { startsAt = "2030-07-02T09:00", durationMinutes = 60, topic = "Day 2" }));
        var sessionId = created.GetProperty("id").GetGuid();

        var moved = await coordinator.PutAsJsonAsync($"/api/courses/sessions/{sessionId}", new { startsAt = "2030-07-03T13:30", durationMinutes = 90, topic = "Day 2 (moved)" });
        var cancelled = await coordinator.PostAsync($"/api/courses/sessions/{sessionId}/cancel", null);
        var cancelledAgain = await coordinator.PostAsync($"/api/courses/sessions/{sessionId}/cancel", null);
        var participant = await factory.CreateClientForAsync("participant@demo.local");
        var byParticipant = await participant.PostAsync($"/api/courses/sessions/{sessionId}/cancel", null);

        Assert.Equal(HttpStatusCode.OK, moved.StatusCode);
        Assert.Equal("Cancelled", (await CoursesApi.JsonAsync(cancelled)).GetProperty("status").GetString());
        await cancelledAgain.AssertProblemAsync(HttpStatusCode.Conflict);
        await byParticipant.AssertProblemAsync(HttpStatusCode.Forbidden);
        var types = await factory.WithScopeAsync<CoursesDbContext, List<string>>(db =>
            db.OutboxMessages.Where(m => m.Payload.Contains(sessionId.ToString())).OrderBy(m => m.OccurredAtUtc).Select(m => m.Type).ToListAsync());
        Assert.Equal(3, types.Count);
        Assert.Contains("SessionScheduledIntegrationEvent", types[0]);
        Assert.Contains("SessionRescheduledIntegrationEvent", types[1]);
        Assert.Contains("SessionCancelledIntegrationEvent", types[2]);
    }

    [Fact]
    public async Task Meeting_links_reach_only_seat_holders_and_staff_never_visitors_or_the_waiting_list()
    {
        const string link = "https://meet.example.org/ai-icu-7f3a";
        var coordinator = await factory.CreateClientForAsync("coordinator@demo.local");
        var instructor = await factory.CreateClientForAsync("instructor@demo.local");
        var courseId = await CoursesApi.CreateCourseAsync(coordinator, [await CoursesApi.UserIdAsync(instructor)]);
        var offeringId = await CoursesApi.CreateOfferingAsync(coordinator, courseId, o =>
        {
            o["capacity"] = 1;
            o["enrollmentPolicy"] = "Open";
            o["delivery"] = "Online";
            o["location"] = null;
            o["onlineLink"] = link;
        });
        await coordinator.PostAsJsonAsync($"/api/courses/offerings/{offeringId}/sessions", new { startsAt = "2030-07-01T09:00", durationMinutes = 60, topic = "Kick-off" });
        await CoursesApi.DeclareForFacultyAsync(coordinator, offeringId);
        await coordinator.PostAsync($"/api/courses/offerings/{offeringId}/publish", null);
        var seated = factory.CreateClientForUser(Guid.NewGuid());
        var waiting = factory.CreateClientForUser(Guid.NewGuid());
        Assert.Equal("Enrolled", (await CoursesApi.JsonAsync(await seated.PostAsJsonAsync($"/api/enrollment/offerings/{offeringId}/enrollments", new { }))).GetProperty("status").GetString());
        Assert.Equal("Waitlisted", (await CoursesApi.JsonAsync(await waiting.PostAsJsonAsync($"/api/enrollment/offerings/{offeringId}/enrollments", new { }))).GetProperty("status").GetString());

        foreach (var (reader, mayJoin) in new[] { (factory.CreateClient(), false), (waiting, false), (seated, true), (instructor, true), (coordinator, true) })
        {
            var offering = await reader.GetStringAsync($"/api/courses/offerings/{offeringId}");
            var calendar = await reader.GetStringAsync($"/api/courses/offerings/{offeringId}/sessions.ics");

            Assert.Equal(mayJoin, offering.Contains(link, StringComparison.Ordinal));
            Assert.Equal(mayJoin, calendar.Contains("meet.example.org", StringComparison.Ordinal));
            Assert.Equal(mayJoin, calendar.Contains("Join online", StringComparison.Ordinal));
        }

        var visitorsPage = await factory.CreateClient().GetStringAsync($"/catalog/{offeringId}");
        var staffPage = await (await factory.CreateCookieClientForAsync("coordinator@demo.local")).GetStringAsync($"/catalog/{offeringId}");
        Assert.Contains("Kick-off", visitorsPage);
        Assert.DoesNotContain("meet.example.org", visitorsPage);
        Assert.Contains("meet.example.org", staffPage);
    }

    [Fact]
    public async Task The_offering_calendar_holds_every_session_and_marks_cancelled_ones()
    {
        var coordinator = await factory.CreateClientForAsync("coordinator@demo.local");
        var offeringId = await CoursesApi.CreateOfferingAsync(coordinator, await CoursesApi.CreateCourseAsync(coordinator));
        Guid last = default;
        for (var day = 1; day <= 5; day++)
        {
            var session = await coordinator.PostAsJsonAsync($"/api/courses/offerings/{offeringId}/sessions", new { startsAt = $"2030-07-0{day}T09:00", durationMinutes = 420, topic = $"Day {day}" });
            last = (await CoursesApi.JsonAsync(session)).GetProperty("id").GetGuid();
        }

        await coordinator.PostAsync($"/api/courses/sessions/{last}/cancel", null);
        var draftForVisitors = await factory.CreateClient().GetAsync($"/api/courses/offerings/{offeringId}/sessions.ics");
        await CoursesApi.DeclareForFacultyAsync(coordinator, offeringId);
        await coordinator.PostAsync($"/api/courses/offerings/{offeringId}/publish", null);
        var response = await factory.CreateClient().GetAsync($"/api/courses/offerings/{offeringId}/sessions.ics");
        var ics = await response.Content.ReadAsStringAsync();

        await draftForVisitors.AssertProblemAsync(HttpStatusCode.NotFound);
        Assert.Equal("text/calendar", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(5, Regex.Matches(ics, "BEGIN:VEVENT").Count);
        Assert.Contains("DTSTART:20300701T070000Z", ics);
        Assert.Single(Regex.Matches(ics, "STATUS:CANCELLED"));
        Assert.Contains($"UID:session-{last}@healthaiacademy", ics);
    }

    [Fact]
    public async Task A_private_feed_lists_the_users_enrolled_sessions_until_it_is_renewed()
    {
        var coordinator = await factory.CreateClientForAsync("coordinator@demo.local");
        var offeringId = await CoursesApi.CreateOfferingAsync(coordinator, await CoursesApi.CreateCourseAsync(coordinator));
        await coordinator.PostAsJsonAsync($"/api/courses/offerings/{offeringId}/sessions", new { startsAt = "2030-07-01T09:00", durationMinutes = 60, topic = "Kick-off" });
        var participant = await factory.CreateClientForAsync("participant@demo.local");
        var participantId = await CoursesApi.UserIdAsync(participant);
        await Enrol(offeringId, participantId);

        var feedUrl = (await CoursesApi.JsonAsync(await participant.GetAsync("/api/courses/me/calendar-feed"))).GetProperty("url").GetString()!;
        var sameUrl = (await CoursesApi.JsonAsync(await participant.GetAsync("/api/courses/me/calendar-feed"))).GetProperty("url").GetString()!;
        var anonymous = factory.CreateClient();
        var feed = await anonymous.GetStringAsync(new Uri(feedUrl).PathAndQuery);
        var renewed = (await CoursesApi.JsonAsync(await participant.PostAsync("/api/courses/me/calendar-feed/renew", null))).GetProperty("url").GetString()!;
        var oldFeed = await anonymous.GetAsync(new Uri(feedUrl).PathAndQuery);
        var newFeed = await anonymous.GetAsync(new Uri(renewed).PathAndQuery);

        Assert.Equal(feedUrl, sameUrl);
        Assert.Contains("Kick-off", feed);
        Assert.NotEqual(feedUrl, renewed);
        await oldFeed.AssertProblemAsync(HttpStatusCode.NotFound);
        Assert.Equal(HttpStatusCode.OK, newFeed.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync("/api/courses/me/calendar-feed")).StatusCode);
    }

    private Task Enrol(Guid offeringId, Guid userId) =>
        factory.WithScopeAsync<EnrollmentDbContext>(async db =>
        {
            db.Enrollments.Add(new HealthAiAcademy.Enrollment.Domain.Enrollment(Guid.NewGuid(), offeringId, userId, EnrollmentStatus.Enrolled, null, DateTime.UtcNow));
            await db.SaveChangesAsync();
        });

    [Fact]
    public async Task Parallel_first_requests_for_the_calendar_feed_all_get_the_one_feed()
    {
        var newcomer = factory.CreateClientForUser(Guid.NewGuid(), "Participant");

        var answers = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => newcomer.GetAsync("/api/courses/me/calendar-feed")));

        Assert.All(answers, a => Assert.Equal(System.Net.HttpStatusCode.OK, a.StatusCode));
        var urls = await Task.WhenAll(answers.Select(async a => (await CoursesApi.JsonAsync(a)).GetProperty("url").GetString()));
        Assert.Single(urls.Distinct());
    }
}

using System.Net;
using System.Net.Http.Json;
using HealthAiAcademy.Enrollment.Data;
using HealthAiAcademy.Enrollment.Features.SendReminders;
using HealthAiAcademy.IntegrationTests.Courses;
using HealthAiAcademy.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;

namespace HealthAiAcademy.IntegrationTests.Enrollment;

/// <summary>A moved or cancelled session and a cancelled offering reach everyone in it, once each, with the calendar change (issue 13, item 4).</summary>
public sealed class ChangeNoticeTests(AcademyFactory factory) : IClassFixture<AcademyFactory>
{
    [Fact]
    public async Task Participants_and_waitlisted_people_hear_of_each_change_once_with_the_calendar_entry_that_updates_it()
    {
        var coordinator = await factory.CreateClientForAsync("coordinator@demo.local");
        var title = "Change notice course " + Guid.NewGuid().ToString("N")[..6];
        var courseId = (await CoursesApi.JsonAsync(await coordinator.PostAsJsonAsync("/api/courses/courses", new
        {
            code = "N" + Guid.NewGuid().ToString("N")[..8].ToUpperInvariant(), title, summary = "s", language = "en", studyLoadHours = 8,
        }))).GetProperty("id").GetGuid();
        var offeringId = await CoursesApi.CreateOfferingAsync(coordinator, courseId, body =>
        {
            body["capacity"] = 1;
            body["enrollmentPolicy"] = "Open";
            body["waitlistEnabled"] = true;
        });
        var session = await CoursesApi.JsonAsync(await coordinator.PostAsJsonAsync($"/api/courses/offerings/{offeringId}/sessions",
            new { startsAt = "2030-07-01T09:00", durationMinutes = 120, topic = "Bias in triage models" }));
        var sessionId = session.GetProperty("id").GetGuid();
        Assert.Equal(HttpStatusCode.OK, (await coordinator.PostAsync($"/api/courses/offerings/{offeringId}/publish", null)).StatusCode);
        var participant = await factory.CreateClientForAsync("participant@demo.local");
        var nurse = await factory.CreateClientForAsync("nurse@demo.local");
        Assert.Equal(HttpStatusCode.Created, (await participant.PostAsJsonAsync($"/api/enrollment/offerings/{offeringId}/enrollments", new { })).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await nurse.PostAsJsonAsync($"/api/enrollment/offerings/{offeringId}/enrollments", new { })).StatusCode);
        var sweep = factory.Services.GetRequiredService<ReminderSweep>();

        var moved = await coordinator.PutAsJsonAsync($"/api/courses/sessions/{sessionId}", new { startsAt = "2030-07-02T13:30", durationMinutes = 120, topic = "Bias in triage models" });
        Assert.Equal(HttpStatusCode.OK, moved.StatusCode);
        await NoticesAsync(1);
        var sent = await Task.WhenAll(sweep.RunAsync(CancellationToken.None), sweep.RunAsync(CancellationToken.None));
        var again = await sweep.RunAsync(CancellationToken.None);

        Assert.Equal(2, sent.Sum());
        Assert.Equal(0, again);
        var movedMails = Mails(title, "Session moved");
        Assert.Equal(["nurse@demo.local", "participant@demo.local"], movedMails.Select(m => m.To.Mailboxes.Single().Address).Order());
        Assert.All(movedMails, mail =>
        {
            Assert.Contains("moves from", mail.TextBody);
            Assert.Contains("Tuesday 2 July 2030 at 13:30", mail.TextBody);
            var calendar = Calendar(mail);
            Assert.Contains($"UID:session-{sessionId}@healthaiacademy", calendar);
            Assert.Contains("SEQUENCE:1", calendar);
            Assert.Contains("DTSTART:20300702T113000Z", calendar);
        });

        // Someone who joins after the move saw the new time; the cancellation reaches them too.
        var admin = await factory.CreateClientForAsync("admin@demo.local");
        Assert.Equal(HttpStatusCode.Created, (await admin.PostAsJsonAsync($"/api/enrollment/offerings/{offeringId}/enrollments", new { })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await coordinator.PostAsync($"/api/courses/sessions/{sessionId}/cancel", null)).StatusCode);
        await NoticesAsync(2);
        await sweep.RunAsync(CancellationToken.None);

        var cancelledMails = Mails(title, "Session cancelled");
        Assert.Equal(3, cancelledMails.Count);
        Assert.All(cancelledMails, mail =>
        {
            var calendar = Calendar(mail);
            Assert.Contains("STATUS:CANCELLED", calendar);
            Assert.Contains("SEQUENCE:2", calendar);
        });
        Assert.DoesNotContain(Mails(title, "Session moved"), m => m.To.Mailboxes.Single().Address == "admin@demo.local");

        Assert.Equal(HttpStatusCode.OK, (await coordinator.PostAsync($"/api/courses/offerings/{offeringId}/cancel", null)).StatusCode);
        await NoticesAsync(3);
        await sweep.RunAsync(CancellationToken.None);

        Assert.Equal(3, Mails(title, "Cancelled").Count);
        var notifications = await CoursesApi.JsonAsync(await nurse.GetAsync("/api/enrollment/me/notifications"));
        var titles = notifications.EnumerateArray().Select(n => n.GetProperty("title").GetString()).ToList();
        Assert.Contains($"Session moved: {title}", titles);
        Assert.Contains($"Session cancelled: {title}", titles);
        Assert.Contains($"Cancelled: {title}", titles);
        Assert.Equal(0, await sweep.RunAsync(CancellationToken.None));

        Task NoticesAsync(int count) => Eventually.TrueAsync(
            () => factory.WithScopeAsync<EnrollmentDbContext, bool>(async db => await db.ChangeNotices.CountAsync(n => n.OfferingId == offeringId) == count),
            () => $"{count} change notice(s) for the offering arrived ({factory.JobStatistics()})");
    }

    [Fact]
    public async Task The_reminder_of_a_moved_session_follows_its_new_time()
    {
        var coordinator = await factory.CreateClientForAsync("coordinator@demo.local");
        var courseId = await CoursesApi.CreateCourseAsync(coordinator);
        var now = DateTime.UtcNow;
        string Iso(DateTime value) => value.ToString("yyyy-MM-ddTHH:mm:ss'Z'", System.Globalization.CultureInfo.InvariantCulture);
        var offeringId = await CoursesApi.CreateOfferingAsync(coordinator, courseId, body =>
        {
            body["kind"] = "Webinar";
            body["startsAt"] = Iso(now.AddHours(2));
            body["endsAt"] = Iso(now.AddDays(3));
            body["enrollmentClosesAt"] = Iso(now.AddHours(1));
            body["cancellationDeadline"] = Iso(now.AddHours(1));
            body["enrollmentPolicy"] = "Open";
            body["delivery"] = "Online";
            body["onlineLink"] = "https://meet.example.org/moved";
            body["location"] = null;
        });
        var sessionId = (await CoursesApi.JsonAsync(await coordinator.PostAsJsonAsync($"/api/courses/offerings/{offeringId}/sessions",
            new { startsAt = Iso(now.AddHours(20)), durationMinutes = 60, topic = "Moving target" }))).GetProperty("id").GetGuid();
        await coordinator.PostAsync($"/api/courses/offerings/{offeringId}/publish", null);
        var participant = await factory.CreateClientForAsync("student@demo.local");
        var participantId = await CoursesApi.UserIdAsync(participant);
        await participant.PostAsJsonAsync($"/api/enrollment/offerings/{offeringId}/enrollments", new { });
        var newStart = now.AddHours(22);
        await coordinator.PutAsJsonAsync($"/api/courses/sessions/{sessionId}", new { startsAt = Iso(newStart), durationMinutes = 60, topic = "Moving target" });

        await using var scope = factory.Services.CreateAsyncScope();
        var due = await scope.ServiceProvider.GetRequiredService<DueReminderFinder>().FindAsync(DateTime.UtcNow, CancellationToken.None);

        var reminder = Assert.Single(due, d => d.UserId == participantId && d.Kind.ToString() == "SessionTomorrow" && d.SubjectId == sessionId);
        Assert.Equal(newStart.ToString("yyyyMMddHHmm"), reminder.DueAtUtc.ToString("yyyyMMddHHmm"));
    }

    private List<MimeMessage> Mails(string title, string prefix) =>
        [.. Directory.GetFiles(factory.MailDirectory, "*.eml").Select(f => MimeMessage.Load(f)).Where(m => m.Subject == $"{prefix}: {title}")];

    private static string Calendar(MimeMessage mail)
    {
        var part = Assert.IsAssignableFrom<MimePart>(Assert.Single(mail.Attachments));
        using var content = new MemoryStream();
        part.Content!.DecodeTo(content);
        return System.Text.Encoding.UTF8.GetString(content.ToArray());
    }
}

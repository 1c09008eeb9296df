using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using HealthAiAcademy.Enrollment.Features.SendReminders;
using HealthAiAcademy.IntegrationTests.Courses;
using HealthAiAcademy.Tests.Support;

namespace HealthAiAcademy.IntegrationTests.Enrollment;

/// <summary>Issue 14, item 3: staff write to an offering's participants (and, if they choose, its waiting list), once each.</summary>
public sealed class AnnouncementTests(AcademyFactory factory) : IClassFixture<AcademyFactory>
{
    private const string Password = "Announcement-Test-2026";

    [Fact]
    public async Task An_announcement_reaches_each_participant_once_by_email_and_in_app_and_the_waiting_list_only_when_asked()
    {
        var coordinator = await factory.CreateClientForAsync("coordinator@demo.local");
        var offeringId = await CoursesApi.CreateOfferingAsync(coordinator, await CoursesApi.CreateCourseAsync(coordinator), body =>
        {
            body["capacity"] = 2;
            body["enrollmentPolicy"] = "Open";
        });
        (await coordinator.PostAsync($"/api/courses/offerings/{offeringId}/publish", null)).EnsureSuccessStatusCode();
        var (first, firstEmail) = await EnrolledAsync(offeringId);
        var (second, secondEmail) = await EnrolledAsync(offeringId);
        var (waiting, waitingEmail) = await EnrolledAsync(offeringId);
        var stranger = factory.CreateClientForUser(Guid.NewGuid());

        var invalid = await coordinator.PostAsJsonAsync($"/api/enrollment/offerings/{offeringId}/announcements", new { subject = " ", message = "" });
        var byParticipant = await first.PostAsJsonAsync($"/api/enrollment/offerings/{offeringId}/announcements", new { subject = "Hi", message = "All" });
        var reading = await coordinator.PostAsJsonAsync($"/api/enrollment/offerings/{offeringId}/announcements",
            new { subject = "Reading for day 1", message = "Please read the TRIPOD+AI statement before we meet." });
        var moved = await coordinator.PostAsJsonAsync($"/api/enrollment/offerings/{offeringId}/announcements",
            new { subject = "Room change", message = "We meet in room J1-240.", includeWaitlist = true });

        await invalid.AssertValidationProblemAsync("subject", "message");
        await byParticipant.AssertProblemAsync(HttpStatusCode.Forbidden);
        Assert.Equal(HttpStatusCode.Created, reading.StatusCode);
        Assert.Equal(HttpStatusCode.Created, moved.StatusCode);
        await Eventually.TrueAsync(
            () => Task.FromResult(factory.MailCount(firstEmail) == 2 && factory.MailCount(secondEmail) == 2 && factory.MailCount(waitingEmail) == 1),
            () => $"mails: {factory.MailCount(firstEmail)}, {factory.MailCount(secondEmail)}, {factory.MailCount(waitingEmail)}");
        await factory.WithScopeAsync<ReminderSweep, int>(sweep => sweep.RunAsync(CancellationToken.None));
        await factory.WithScopeAsync<ReminderSweep, int>(sweep => sweep.RunAsync(CancellationToken.None));
        Assert.Equal((2, 2, 1), (factory.MailCount(firstEmail), factory.MailCount(secondEmail), factory.MailCount(waitingEmail)));

        var notifications = await CoursesApi.JsonAsync(await first.GetAsync("/api/enrollment/me/notifications"));
        Assert.Contains("Room change", notifications.GetRawText());
        var staffList = (await CoursesApi.JsonAsync(await coordinator.GetAsync($"/api/enrollment/offerings/{offeringId}/announcements"))).EnumerateArray().ToList();
        Assert.Equal([("Room change", 3), ("Reading for day 1", 2)], staffList.Select(a => (a.GetProperty("subject").GetString(), a.GetProperty("delivered").GetInt32())));
        Assert.Equal(2, (await CoursesApi.JsonAsync(await first.GetAsync($"/api/enrollment/offerings/{offeringId}/announcements"))).GetArrayLength());
        var forWaiting = await CoursesApi.JsonAsync(await waiting.GetAsync($"/api/enrollment/offerings/{offeringId}/announcements"));
        Assert.Equal("Room change", Assert.Single(forWaiting.EnumerateArray()).GetProperty("subject").GetString());
        await (await stranger.GetAsync($"/api/enrollment/offerings/{offeringId}/announcements")).AssertProblemAsync(HttpStatusCode.NotFound);
        var page = await (await factory.CreateCookieClientForAsync(secondEmail, password: Password)).GetStringAsync($"/catalog/{offeringId}");
        Assert.Contains("data-testid=\"announcements\"", page);
        Assert.Contains("Please read the TRIPOD+AI statement", System.Net.WebUtility.HtmlDecode(page));
        Assert.DoesNotContain("data-testid=\"announcements\"", await factory.CreateClient().GetStringAsync($"/catalog/{offeringId}"));
        var audit = await CoursesApi.JsonAsync(await (await factory.CreateClientForAsync("admin@demo.local")).GetAsync($"/api/admin/audit?offeringId={offeringId}&action=AnnouncementSent"));
        Assert.Equal(2, audit.GetProperty("total").GetInt32());
    }

    private async Task<(HttpClient Client, string Email)> EnrolledAsync(Guid offeringId)
    {
        var email = $"{Guid.NewGuid():N}@umc.example";
        (await factory.CreateClient().PostAsJsonAsync("/api/auth/register", new { email, password = Password, fullName = "Nora Notified" })).EnsureSuccessStatusCode();
        var client = await factory.CreateClientForAsync(email, Password);
        (await client.PostAsJsonAsync($"/api/enrollment/offerings/{offeringId}/enrollments", new { })).EnsureSuccessStatusCode();
        return (client, email);
    }
}

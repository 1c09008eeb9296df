using System.Net;
using System.Net.Http.Json;
using HealthAiAcademy.IntegrationTests.Identity;
using HealthAiAcademy.Tests.Support;

namespace HealthAiAcademy.IntegrationTests.Courses;

/// <summary>Staff's first page shows what waits for them (issue 14, item 4).</summary>
public sealed class DashboardTests(AcademyFactory factory) : IClassFixture<AcademyFactory>
{
    [Fact]
    public async Task A_coordinator_lands_on_the_dashboard_and_sees_applications_to_decide_and_fill_per_offering_also_as_csv()
    {
        var coordinatorApi = await factory.CreateClientForAsync("coordinator@demo.local");
        var title = "Dashboard course " + Guid.NewGuid().ToString("N")[..6];
        var courseId = (await CoursesApi.JsonAsync(await coordinatorApi.PostAsJsonAsync("/api/courses/courses", new
        {
            code = "D" + Guid.NewGuid().ToString("N")[..8].ToUpperInvariant(), title, summary = "s", language = "en", studyLoadHours = 8,
        }))).GetProperty("id").GetGuid();
        var offeringId = await CoursesApi.CreateOfferingAsync(coordinatorApi, courseId, body => body["capacity"] = 40);
        await coordinatorApi.PostAsync($"/api/courses/offerings/{offeringId}/publish", null);
        var applicant = factory.CreateClientForUser(Guid.NewGuid(), "Participant");
        Assert.Equal(HttpStatusCode.Created, (await applicant.PostAsJsonAsync($"/api/enrollment/offerings/{offeringId}/enrollments", new { motivation = "For my ward." })).StatusCode);

        var browser = factory.CreateClient(new() { HandleCookies = true, AllowAutoRedirect = false });
        var token = await AccountPagesTests.AntiforgeryTokenAsync(browser, "/account/login");
        var signIn = await browser.PostAsync("/account/login", AccountPagesTests.Form(token, new() { ["Input.Email"] = "coordinator@demo.local", ["Input.Password"] = AcademyFactory.DemoPassword }));
        var page = await browser.GetStringAsync("/manage/dashboard");
        var csv = await browser.GetAsync("/manage/dashboard?handler=Csv");

        Assert.Equal("/manage/dashboard", signIn.Headers.Location!.OriginalString);
        Assert.Contains($"{title}: 1 application(s) to decide", page);
        Assert.Contains("0 of 40 (0 %)", page);
        Assert.Equal("text/csv", csv.Content.Headers.ContentType!.MediaType);
        var bytes = await csv.Content.ReadAsByteArrayAsync();
        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        Assert.Contains($"{title},2030,2030-07-01,40,0,0,1,0,0", System.Text.Encoding.UTF8.GetString(bytes));
    }

    [Fact]
    public async Task An_instructor_sees_only_the_offerings_taught_and_a_participant_no_dashboard()
    {
        var coordinatorApi = await factory.CreateClientForAsync("coordinator@demo.local");
        var title = "Not Ingrid's course " + Guid.NewGuid().ToString("N")[..6];
        var courseId = (await CoursesApi.JsonAsync(await coordinatorApi.PostAsJsonAsync("/api/courses/courses", new
        {
            code = "X" + Guid.NewGuid().ToString("N")[..8].ToUpperInvariant(), title, summary = "s", language = "en", studyLoadHours = 8,
        }))).GetProperty("id").GetGuid();
        var offeringId = await CoursesApi.CreateOfferingAsync(coordinatorApi, courseId);
        await coordinatorApi.PostAsync($"/api/courses/offerings/{offeringId}/publish", null);
        var instructor = await factory.CreateCookieClientForAsync("instructor@demo.local");
        var participant = await factory.CreateCookieClientForAsync("participant@demo.local");

        var page = await instructor.GetStringAsync("/manage/dashboard");
        var refused = await participant.GetAsync("/manage/dashboard");

        Assert.Contains("Waiting for you", page);
        Assert.DoesNotContain(title, page);
        Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
        Assert.StartsWith("/account/access-denied", refused.Headers.Location!.PathAndQuery, StringComparison.OrdinalIgnoreCase);
    }
}

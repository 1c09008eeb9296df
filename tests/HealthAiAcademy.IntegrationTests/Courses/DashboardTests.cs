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
        Assert.Contains($"{title},2030,2030-07-01,40,0,0,1,0,0,,,,0", System.Text.Encoding.UTF8.GetString(bytes));
    }

    [Fact]
    public async Task The_rates_of_a_run_under_way_are_shown_as_bars_with_the_same_figures_in_the_table_and_the_csv()
    {
        var participants = Enumerable.Range(0, 4).Select(_ => factory.CreateClientForUser(Guid.NewGuid())).ToList();
        var coordinator = await factory.CreateClientForAsync("coordinator@demo.local");
        var offeringId = await HealthAiAcademy.IntegrationTests.Certification.CompletedOffering.CreateAsync(factory, participants);
        await HealthAiAcademy.IntegrationTests.Certification.CompletedOffering.WaitForCertificatesAsync(factory, offeringId, 4);
        var revoke = await factory.WithScopeAsync<HealthAiAcademy.Certification.Data.CertificationDbContext, Guid>(db =>
            Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.FirstAsync(db.Certificates.Where(c => c.OfferingId == offeringId).Select(c => c.Id)));
        (await coordinator.PostAsJsonAsync($"/api/certification/certificates/{revoke}/revoke", new { reason = "Listed by mistake." })).EnsureSuccessStatusCode();
        var browser = await factory.CreateCookieClientForAsync("coordinator@demo.local");

        var page = await browser.GetStringAsync("/manage/dashboard");
        var csv = System.Text.Encoding.UTF8.GetString(await browser.GetByteArrayAsync("/manage/dashboard?handler=Csv"));

        var row = csv.Split("\n").Single(l => l.Contains(",100,100,,3", StringComparison.Ordinal));
        Assert.EndsWith(",100,100,,3", row.TrimEnd('\r'));
        Assert.Contains("data-testid=\"rate-chart\"", page);
        Assert.Contains("<title id=\"chart-", page);
        Assert.Contains("Rates per running offering", page);
        Assert.Contains("100 %", page);
    }

    [Fact]
    public async Task An_instructor_sees_only_the_offerings_taught_without_the_coordinators_decisions_and_a_participant_no_dashboard()
    {
        var coordinatorApi = await factory.CreateClientForAsync("coordinator@demo.local");
        var ingrid = await CoursesApi.UserIdAsync(await factory.CreateClientForAsync("instructor@demo.local"));
        var taught = await PublishedAsync(coordinatorApi, "Course taught by Ingrid", [ingrid]);
        var other = await PublishedAsync(coordinatorApi, "Course of someone else", []);
        var applicant = factory.CreateClientForUser(Guid.NewGuid(), "Participant");
        await applicant.PostAsJsonAsync($"/api/enrollment/offerings/{taught.Id}/enrollments", new { motivation = "For my ward." });
        var instructor = await factory.CreateCookieClientForAsync("instructor@demo.local");
        var participant = await factory.CreateCookieClientForAsync("participant@demo.local");

        var page = await instructor.GetStringAsync("/manage/dashboard");
        var refused = await participant.GetAsync("/manage/dashboard");

        Assert.Contains(taught.Title, page);
        Assert.DoesNotContain(other.Title, page);
        Assert.DoesNotContain("application(s) to decide", page);
        Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
        Assert.StartsWith("/account/access-denied", refused.Headers.Location!.PathAndQuery, StringComparison.OrdinalIgnoreCase);
    }

    private static async Task<(Guid Id, string Title)> PublishedAsync(HttpClient coordinator, string name, Guid[] instructorIds)
    {
        var title = name + " " + Guid.NewGuid().ToString("N")[..6];
        var courseId = (await CoursesApi.JsonAsync(await coordinator.PostAsJsonAsync("/api/courses/courses", new
        {
            code = "X" + Guid.NewGuid().ToString("N")[..8].ToUpperInvariant(), title, summary = "s", language = "en", studyLoadHours = 8, instructorIds,
        }))).GetProperty("id").GetGuid();
        var offeringId = await CoursesApi.CreateOfferingAsync(coordinator, courseId);
        await coordinator.PostAsync($"/api/courses/offerings/{offeringId}/publish", null);
        return (offeringId, title);
    }
}

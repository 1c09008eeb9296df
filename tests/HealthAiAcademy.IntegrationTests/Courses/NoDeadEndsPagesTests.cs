using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using HealthAiAcademy.BuildingBlocks.Time;
using HealthAiAcademy.IntegrationTests.Identity;
using HealthAiAcademy.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace HealthAiAcademy.IntegrationTests.Courses;

/// <summary>Issue 14, item 2: what staff and participants could do only through the API has a page now.</summary>
public sealed class NoDeadEndsPagesTests(AcademyFactory factory) : IClassFixture<AcademyFactory>
{
    [Fact]
    public async Task Staff_move_a_session_on_its_page_and_participants_are_told()
    {
        var coordinator = await factory.CreateClientForAsync("coordinator@demo.local");
        var offeringId = await CoursesApi.CreateOfferingAsync(coordinator, await CoursesApi.CreateCourseAsync(coordinator));
        var session = await CoursesApi.JsonAsync(await coordinator.PostAsJsonAsync($"/api/courses/offerings/{offeringId}/sessions",
            new { startsAt = "2030-07-02T09:00", durationMinutes = 120, topic = "Model validation" }));
        var sessionId = session.GetProperty("id").GetGuid();
        var browser = await factory.CreateCookieClientForAsync("coordinator@demo.local");
        var url = $"/manage/sessions/{sessionId}/reschedule";

        var form = await browser.GetStringAsync(url);
        var token = await AccountPagesTests.AntiforgeryTokenAsync(browser, url);
        var invalid = await browser.PostAsync(url, AccountPagesTests.Form(token, new()
        {
            ["Session.StartsAt"] = "2031-01-01T09:00", ["Session.DurationMinutes"] = "120", ["Session.Topic"] = "Model validation",
        }));
        var moved = await browser.PostAsync(url, AccountPagesTests.Form(token, new()
        {
            ["Session.StartsAt"] = "2030-07-03T10:30", ["Session.DurationMinutes"] = "90", ["Session.Topic"] = "Model validation, day 2",
        }));
        var offeringPage = await browser.GetStringAsync($"/manage/offerings/{offeringId}");
        var participantAsks = await (await factory.CreateCookieClientForAsync("participant@demo.local")).GetAsync(url);

        Assert.Contains("value=\"2030-07-02T09:00\"", form);
        Assert.Equal(HttpStatusCode.BadRequest, invalid.StatusCode);
        Assert.Contains("within the offering", await invalid.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Redirect, moved.StatusCode);
        Assert.Equal($"/manage/offerings/{offeringId}", moved.Headers.Location!.OriginalString);
        Assert.Contains("The session is moved", offeringPage);
        Assert.Contains($"/manage/sessions/{sessionId}/reschedule", offeringPage);
        var stored = await factory.WithScopeAsync<HealthAiAcademy.Courses.Data.CoursesDbContext, HealthAiAcademy.Courses.Domain.Session>(db => db.Sessions.AsNoTracking().SingleAsync(s => s.Id == sessionId));
        Assert.Equal("2030-07-03 10:30", AcademyTime.ToLocal(stored.StartsAtUtc).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture));
        Assert.Equal(90, stored.DurationMinutes);
        Assert.NotEqual(HttpStatusCode.OK, participantAsks.StatusCode);
    }

    [Fact]
    public async Task Staff_grant_an_extension_on_its_page_and_the_participant_sees_their_own_attendance()
    {
        var scenario = await HealthAiAcademy.IntegrationTests.Assessment.AssessmentScenario.CreateAsync(factory);
        var assignment = await scenario.CreateAssessmentAsync(new
        {
            title = "Reflection", kind = "Assignment", weight = 1, passMarkPercent = 50, acceptsText = true, maxPoints = 10, dueAtUtc = "2030-07-04T15:00:00Z",
        });
        var assessmentId = assignment.GetProperty("id").GetGuid();
        var participant = await factory.CreateClientForAsync("participant@demo.local");
        await scenario.EnrolAsync(participant);
        var participantId = await CoursesApi.UserIdAsync(participant);
        var browser = await factory.CreateCookieClientForAsync("instructor@demo.local");
        var url = $"/manage/assessments/{assessmentId}/extensions";

        var page = await browser.GetStringAsync(url);
        var token = await AccountPagesTests.AntiforgeryTokenAsync(browser, url);
        var early = await browser.PostAsync(url, AccountPagesTests.Form(token, new() { ["UserId"] = participantId.ToString(), ["DueAt"] = "2030-07-01T17:00" }));
        var granted = await browser.PostAsync(url, AccountPagesTests.Form(token, new() { ["UserId"] = participantId.ToString(), ["DueAt"] = "2030-07-06T17:00" }));
        var after = await browser.GetStringAsync(url);

        Assert.Contains("Łukasz Şahin-de Vries", System.Net.WebUtility.HtmlDecode(page));
        Assert.Equal(HttpStatusCode.BadRequest, early.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, granted.StatusCode);
        Assert.Contains("The new due date is", System.Net.WebUtility.HtmlDecode(after));
        Assert.Contains("extended", after);
        var due = await factory.WithScopeAsync<HealthAiAcademy.Assessment.Data.AssessmentDbContext, DateTime>(db =>
            db.Extensions.Where(e => e.AssessmentId == assessmentId && e.UserId == participantId).Select(e => e.DueAtUtc).SingleAsync());
        Assert.Equal("2030-07-06 17:00", AcademyTime.ToLocal(due).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture));

        var enrollmentId = (await CoursesApi.JsonAsync(await participant.GetAsync("/api/enrollment/me"))).EnumerateArray()
            .Single(e => e.GetProperty("offeringId").GetGuid() == scenario.OfferingId).GetProperty("id").GetGuid();
        var own = await factory.CreateCookieClientForAsync("participant@demo.local");
        var learning = await own.GetStringAsync("/learning");
        var attendance = await own.GetStringAsync($"/learning/attendance/{enrollmentId}");
        var someoneElse = await (await factory.CreateCookieClientForAsync("admin@demo.local")).GetAsync($"/learning/attendance/{Guid.NewGuid()}");

        Assert.Contains($"/learning/attendance/{enrollmentId}", learning);
        Assert.Contains("data-testid=\"attendance-share\"", attendance);
        Assert.Equal(HttpStatusCode.NotFound, someoneElse.StatusCode);
    }
}

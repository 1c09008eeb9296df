using System.Net;
using System.Net.Http.Json;
using HealthAiAcademy.IntegrationTests.Identity;
using HealthAiAcademy.Tests.Support;

namespace HealthAiAcademy.IntegrationTests.Courses;

public sealed class CoursesPagesTests(AcademyFactory factory) : IClassFixture<AcademyFactory>
{
    [Fact]
    public async Task A_coordinator_edits_a_course_on_its_page_and_bad_input_shows_the_form_again()
    {
        var api = await factory.CreateClientForAsync("coordinator@demo.local");
        var courseId = await CoursesApi.CreateCourseAsync(api);
        var browser = await factory.CreateCookieClientForAsync("coordinator@demo.local");
        var token = await AccountPagesTests.AntiforgeryTokenAsync(browser, $"/manage/courses/{courseId}");

        var invalid = await browser.PostAsync($"/manage/courses/{courseId}", AccountPagesTests.Form(token, new()
        {
            ["Form.Title"] = "", ["Form.Summary"] = "Still here", ["Form.Language"] = "en", ["Form.StudyLoadHours"] = "40",
        }));
        var saved = await browser.PostAsync($"/manage/courses/{courseId}", AccountPagesTests.Form(token, new()
        {
            ["Form.Title"] = "Renamed course", ["Form.Summary"] = "New summary", ["Form.Language"] = "nl", ["Form.StudyLoadHours"] = "12",
            ["Form.Accreditations"] = "ABAN; AB-9; 4; Physician assistants",
        }));
        var course = await CoursesApi.JsonAsync(await api.GetAsync($"/api/courses/courses/{courseId}"));

        Assert.Equal(HttpStatusCode.BadRequest, invalid.StatusCode);
        var html = await invalid.Content.ReadAsStringAsync();
        Assert.Contains("Required.", html);
        Assert.Contains("Still here", html);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal("Renamed course", course.GetProperty("title").GetString());
        Assert.Equal("ABAN", course.GetProperty("accreditations")[0].GetProperty("registry").GetString());
    }

    [Fact]
    public async Task Participants_who_are_not_enrolled_are_refused_the_content_page()
    {
        var api = await factory.CreateClientForAsync("coordinator@demo.local");
        var offeringId = await CoursesApi.CreateOfferingAsync(api, await CoursesApi.CreateCourseAsync(api));
        await api.PostAsync($"/api/courses/offerings/{offeringId}/publish", null);
        var participant = await factory.CreateCookieClientForAsync("participant@demo.local");
        var coordinator = await factory.CreateCookieClientForAsync("coordinator@demo.local");

        var refused = await participant.GetAsync($"/catalog/{offeringId}/content");
        var staff = await coordinator.GetAsync($"/catalog/{offeringId}/content");

        Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
        Assert.StartsWith("/account/access-denied", refused.Headers.Location!.PathAndQuery);
        Assert.Equal(HttpStatusCode.OK, staff.StatusCode);
        Assert.Contains("Add module", await staff.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task The_calendar_page_shows_a_private_address_and_renews_it()
    {
        var browser = await factory.CreateCookieClientForAsync("participant@demo.local");
        var html = await browser.GetStringAsync("/calendar");
        var token = await AccountPagesTests.AntiforgeryTokenAsync(browser, "/calendar");

        var renewed = await browser.PostAsync("/calendar", AccountPagesTests.Form(token, []));

        Assert.Contains("/api/courses/calendar/", html);
        Assert.Contains("A new address is made", await renewed.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Management_pages_are_for_staff()
    {
        var participant = await factory.CreateCookieClientForAsync("participant@demo.local");
        var instructor = await factory.CreateCookieClientForAsync("instructor@demo.local");

        var forParticipant = await participant.GetAsync("/manage/offerings");
        var newCourseForInstructor = await instructor.GetAsync("/manage/courses/new");
        var listForInstructor = await instructor.GetAsync("/manage/offerings");

        Assert.StartsWith("/account/access-denied", forParticipant.Headers.Location!.PathAndQuery);
        Assert.StartsWith("/account/access-denied", newCourseForInstructor.Headers.Location!.PathAndQuery);
        Assert.Equal(HttpStatusCode.OK, listForInstructor.StatusCode);
        Assert.Contains("Your offerings", await listForInstructor.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task The_staff_field_takes_staff_by_email_and_names_an_address_that_is_no_staff_account()
    {
        var browser = await factory.CreateCookieClientForAsync("coordinator@demo.local");
        var token = await AccountPagesTests.AntiforgeryTokenAsync(browser, "/manage/courses/new");
        var code = "P" + Guid.NewGuid().ToString("N")[..8].ToUpperInvariant();
        var fields = new Dictionary<string, string>
        {
            ["Form.Code"] = code, ["Form.Title"] = "Picked by name", ["Form.Summary"] = "s", ["Form.Language"] = "en", ["Form.StudyLoadHours"] = "4",
        };

        // Two entries under one name, as the field posts them: a pasted "Name <address>" of staff, and a participant.
        var posted = new FormUrlEncodedContent([
            .. fields, new("__RequestVerificationToken", token),
            new("Instructors", "Dr. Ingrid Instructor <instructor@demo.local>"), new("Instructors", "nurse@demo.local"),
        ]);
        var refused = await browser.PostAsync("/manage/courses/new", posted);
        var html = await refused.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("No staff account has the address nurse@demo.local.", html);
        Assert.Contains("Dr. Ingrid Instructor (instructor@demo.local)", html);
    }
}

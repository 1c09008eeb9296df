using System.Net;
using System.Net.Http.Json;
using HealthAiAcademy.IntegrationTests.Identity;
using HealthAiAcademy.Tests.Support;

namespace HealthAiAcademy.IntegrationTests.Courses;

/// <summary>Issue 14, item 2: modules and lessons are edited and deleted, but never when participants' work would go with them.</summary>
public sealed class ContentEditingTests(AcademyFactory factory) : IClassFixture<AcademyFactory>
{
    [Fact]
    public async Task Lessons_and_modules_change_and_go_unless_participants_worked_through_them()
    {
        var coordinator = await factory.CreateClientForAsync("coordinator@demo.local");
        var instructor = await factory.CreateClientForAsync("instructor@demo.local");
        var offeringId = await CoursesApi.CreateOfferingAsync(coordinator, await CoursesApi.CreateCourseAsync(coordinator), body => body["enrollmentPolicy"] = "Open");
        (await coordinator.PostAsync($"/api/courses/offerings/{offeringId}/publish", null)).EnsureSuccessStatusCode();
        var moduleId = (await CoursesApi.JsonAsync(await coordinator.PostAsJsonAsync($"/api/courses/offerings/{offeringId}/content/modules", new { title = "Basics" }))).GetProperty("id").GetGuid();
        var first = await LessonAsync(coordinator, moduleId, "What a model is");
        var second = await LessonAsync(coordinator, moduleId, "Bias");
        var third = await LessonAsync(coordinator, moduleId, "Validation");
        var participant = factory.CreateClientForUser(Guid.NewGuid());
        var enrollmentId = (await CoursesApi.JsonAsync(await participant.PostAsJsonAsync($"/api/enrollment/offerings/{offeringId}/enrollments", new { }))).GetProperty("id").GetGuid();
        (await participant.PutAsync($"/api/enrollment/enrollments/{enrollmentId}/lessons/{first}/done", null)).EnsureSuccessStatusCode();

        var edited = await coordinator.PutAsJsonAsync($"/api/courses/content/lessons/{first}", new { title = "What a prediction model is", body = "A model *predicts*." });
        var invalid = await coordinator.PutAsJsonAsync($"/api/courses/content/lessons/{first}", new { title = "", body = "", videoUrl = "ftp://x" });
        var renamed = await coordinator.PutAsJsonAsync($"/api/courses/content/modules/{moduleId}", new { title = "Foundations" });
        var notTheirs = await instructor.PutAsJsonAsync($"/api/courses/content/modules/{moduleId}", new { title = "Mine" });
        var deleted = await coordinator.DeleteAsync($"/api/courses/content/lessons/{second}");
        var withProgress = await coordinator.DeleteAsync($"/api/courses/content/lessons/{first}");
        var moduleWithProgress = await coordinator.DeleteAsync($"/api/courses/content/modules/{moduleId}");
        var unknown = await coordinator.DeleteAsync($"/api/courses/content/lessons/{Guid.NewGuid()}");
        var content = await CoursesApi.JsonAsync(await coordinator.GetAsync($"/api/courses/offerings/{offeringId}/content"));

        Assert.Equal(HttpStatusCode.OK, edited.StatusCode);
        Assert.Contains("<em>predicts</em>", (await CoursesApi.JsonAsync(edited)).GetProperty("bodyHtml").GetString());
        await invalid.AssertValidationProblemAsync("title", "videoUrl");
        Assert.Equal("Foundations", (await CoursesApi.JsonAsync(renamed)).GetProperty("title").GetString());
        await notTheirs.AssertProblemAsync(HttpStatusCode.Forbidden);
        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        var refusal = await withProgress.AssertProblemAsync(HttpStatusCode.Conflict);
        Assert.Contains("1 time(s)", refusal.GetProperty("detail").GetString());
        await moduleWithProgress.AssertProblemAsync(HttpStatusCode.Conflict);
        await unknown.AssertProblemAsync(HttpStatusCode.NotFound);
        var lessons = content[0].GetProperty("lessons").EnumerateArray().Select(l => (l.GetProperty("id").GetGuid(), l.GetProperty("position").GetInt32())).ToList();
        Assert.Equal([(first, 1), (third, 2)], lessons);

        // Without progress a module goes with its lessons, on its page.
        var emptyModule = (await CoursesApi.JsonAsync(await coordinator.PostAsJsonAsync($"/api/courses/offerings/{offeringId}/content/modules", new { title = "Extra" }))).GetProperty("id").GetGuid();
        var extra = await LessonAsync(coordinator, emptyModule, "Further reading");
        var browser = await factory.CreateCookieClientForAsync("coordinator@demo.local");
        var url = $"/manage/modules/{emptyModule}";
        var page = await browser.GetStringAsync(url);
        var token = await AccountPagesTests.AntiforgeryTokenAsync(browser, url);
        var saved = await browser.PostAsync($"{url}?handler=Lesson&lessonId={extra}", AccountPagesTests.Form(token, new() { ["Lesson.Title"] = "Further reading, 2027", ["Lesson.Body"] = "See the list." }));
        var gone = await browser.PostAsync($"{url}?handler=DeleteModule", AccountPagesTests.Form(token, []));
        var contentPage = await browser.GetStringAsync($"/catalog/{offeringId}/content");

        Assert.Contains("Further reading", page);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, gone.StatusCode);
        Assert.DoesNotContain("Further reading, 2027", contentPage);
        Assert.Contains($"/manage/modules/{moduleId}", contentPage);
    }

    private static async Task<Guid> LessonAsync(HttpClient coordinator, Guid moduleId, string title) =>
        (await CoursesApi.JsonAsync(await coordinator.PostAsJsonAsync($"/api/courses/content/modules/{moduleId}/lessons", new { title, body = $"About {title}." }))).GetProperty("id").GetGuid();
}

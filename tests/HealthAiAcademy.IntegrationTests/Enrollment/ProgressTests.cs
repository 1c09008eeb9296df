using System.Net;
using System.Net.Http.Json;
using HealthAiAcademy.IntegrationTests.Courses;
using HealthAiAcademy.Tests.Support;

namespace HealthAiAcademy.IntegrationTests.Enrollment;

public sealed class ProgressTests(AcademyFactory factory) : IClassFixture<AcademyFactory>
{
    [Fact]
    public async Task Participants_mark_lessons_done_and_see_their_progress()
    {
        var coordinator = await factory.CreateClientForAsync("coordinator@demo.local");
        var offeringId = await CoursesApi.CreateOfferingAsync(coordinator, await CoursesApi.CreateCourseAsync(coordinator), b => b["enrollmentPolicy"] = "Open");
        var module = await CoursesApi.JsonAsync(await coordinator.PostAsJsonAsync($"/api/courses/offerings/{offeringId}/content/modules", new { title = "Week 1" }));
        var lessons = new List<Guid>();
        for (var i = 1; i <= 4; i++)
        {
            var lesson = await coordinator.PostAsJsonAsync($"/api/courses/content/modules/{module.GetProperty("id").GetGuid()}/lessons", new { title = $"Lesson {i}", body = "Text" });
            lessons.Add((await CoursesApi.JsonAsync(lesson)).GetProperty("id").GetGuid());
        }

        await coordinator.PostAsync($"/api/courses/offerings/{offeringId}/publish", null);
        var participant = factory.CreateClientForUser(Guid.NewGuid());
        var enrollmentId = (await CoursesApi.JsonAsync(await participant.PostAsJsonAsync($"/api/enrollment/offerings/{offeringId}/enrollments", new { }))).GetProperty("id").GetGuid();

        await participant.PutAsync($"/api/enrollment/enrollments/{enrollmentId}/lessons/{lessons[0]}/done", null);
        await participant.PutAsync($"/api/enrollment/enrollments/{enrollmentId}/lessons/{lessons[0]}/done", null);
        await participant.PutAsync($"/api/enrollment/enrollments/{enrollmentId}/lessons/{lessons[2]}/done", null);
        var undone = await CoursesApi.JsonAsync(await participant.DeleteAsync($"/api/enrollment/enrollments/{enrollmentId}/lessons/{lessons[2]}/done"));
        var unknownLesson = await participant.PutAsync($"/api/enrollment/enrollments/{enrollmentId}/lessons/{Guid.NewGuid()}/done", null);
        var someoneElse = await factory.CreateClientForUser(Guid.NewGuid()).GetAsync($"/api/enrollment/enrollments/{enrollmentId}/progress");
        var progress = await CoursesApi.JsonAsync(await participant.GetAsync($"/api/enrollment/enrollments/{enrollmentId}/progress"));

        Assert.Equal(1, undone.GetProperty("lessonsDone").GetInt32());
        Assert.Equal((1, 4, 25), (progress.GetProperty("lessonsDone").GetInt32(), progress.GetProperty("lessonsTotal").GetInt32(), progress.GetProperty("percent").GetInt32()));
        await unknownLesson.AssertProblemAsync(HttpStatusCode.NotFound);
        await someoneElse.AssertProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task The_content_page_marks_a_lesson_done_and_my_learning_shows_the_progress()
    {
        var coordinator = await factory.CreateClientForAsync("coordinator@demo.local");
        var offeringId = await CoursesApi.CreateOfferingAsync(coordinator, await CoursesApi.CreateCourseAsync(coordinator), b => b["enrollmentPolicy"] = "Open");
        var module = await CoursesApi.JsonAsync(await coordinator.PostAsJsonAsync($"/api/courses/offerings/{offeringId}/content/modules", new { title = "Week 1" }));
        var lesson = (await CoursesApi.JsonAsync(await coordinator.PostAsJsonAsync($"/api/courses/content/modules/{module.GetProperty("id").GetGuid()}/lessons",
            new { title = "Only lesson", body = "Text" }))).GetProperty("id").GetGuid();
        await coordinator.PostAsync($"/api/courses/offerings/{offeringId}/publish", null);
        var api = await factory.CreateClientForAsync("participant@demo.local");
        var enrollmentId = (await CoursesApi.JsonAsync(await api.PostAsJsonAsync($"/api/enrollment/offerings/{offeringId}/enrollments", new { }))).GetProperty("id").GetGuid();
        var browser = await factory.CreateCookieClientForAsync("participant@demo.local");

        var content = await browser.GetStringAsync($"/catalog/{offeringId}/content");
        var token = await HealthAiAcademy.IntegrationTests.Identity.AccountPagesTests.AntiforgeryTokenAsync(browser, $"/catalog/{offeringId}/content");
        var marked = await browser.PostAsync($"/learning/progress/{enrollmentId}/{lesson}", HealthAiAcademy.IntegrationTests.Identity.AccountPagesTests.Form(token, new()
        {
            ["done"] = "true", ["returnUrl"] = $"/catalog/{offeringId}/content",
        }));
        var learning = await browser.GetStringAsync("/learning");

        Assert.Contains($"/learning/progress/{enrollmentId}/{lesson}", content);
        Assert.Equal(HttpStatusCode.Redirect, marked.StatusCode);
        Assert.Equal($"/catalog/{offeringId}/content", marked.Headers.Location!.OriginalString);
        Assert.Contains("1 of 1 lessons done (100%)", learning);
    }

    [Fact]
    public async Task My_learning_shows_each_offerings_progress_with_as_many_sql_commands_for_four_enrollments_as_for_one()
    {
        var coordinator = await factory.CreateClientForAsync("coordinator@demo.local");
        var email = $"{Guid.NewGuid():N}@umc.example";
        (await factory.CreateClient().PostAsJsonAsync("/api/auth/register", new { email, password = "Progress-Pass-2026", fullName = "Pieter Voortgang" })).EnsureSuccessStatusCode();
        var api = await factory.CreateClientForAsync(email, "Progress-Pass-2026");
        var browser = await factory.CreateCookieClientForAsync(email, password: "Progress-Pass-2026");

        async Task EnrolInOfferingWithLessonsAsync(int lessons)
        {
            var offeringId = await CoursesApi.CreateOfferingAsync(coordinator, await CoursesApi.CreateCourseAsync(coordinator), b => b["enrollmentPolicy"] = "Open");
            var module = await CoursesApi.JsonAsync(await coordinator.PostAsJsonAsync($"/api/courses/offerings/{offeringId}/content/modules", new { title = "Week 1" }));
            for (var i = 0; i < lessons; i++)
            {
                await CoursesApi.JsonAsync(await coordinator.PostAsJsonAsync($"/api/courses/content/modules/{module.GetProperty("id").GetGuid()}/lessons",
                    new { title = $"Lesson {i + 1}", body = "Text" }));
            }

            (await coordinator.PostAsync($"/api/courses/offerings/{offeringId}/publish", null)).EnsureSuccessStatusCode();
            await CoursesApi.JsonAsync(await api.PostAsJsonAsync($"/api/enrollment/offerings/{offeringId}/enrollments", new { }));
        }

        await EnrolInOfferingWithLessonsAsync(1);
        var withOne = await SqlCommandCounter.MinimumOverAsync(factory, 3, () => browser.GetAsync("/learning"));
        await EnrolInOfferingWithLessonsAsync(2);
        await EnrolInOfferingWithLessonsAsync(3);
        await EnrolInOfferingWithLessonsAsync(4);
        var withFour = await SqlCommandCounter.MinimumOverAsync(factory, 3, () => browser.GetAsync("/learning"));
        var learning = await browser.GetStringAsync("/learning");

        Assert.InRange(withOne, 5, 30);     // the page's blocks each read something: a count of nothing would prove nothing
        Assert.Equal(withOne, withFour);
        foreach (var lessons in new[] { 1, 2, 3, 4 })
        {
            Assert.Contains($"0 of {lessons} lessons done (0%)", learning);
        }
    }
}

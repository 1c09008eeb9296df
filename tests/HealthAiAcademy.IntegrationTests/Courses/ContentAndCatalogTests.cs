using System.Net;
using System.Net.Http.Json;
using HealthAiAcademy.Courses.Contracts;
using HealthAiAcademy.Enrollment.Contracts;
using HealthAiAcademy.Enrollment.Data;
using HealthAiAcademy.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace HealthAiAcademy.IntegrationTests.Courses;

public sealed class ContentAndCatalogTests(AcademyFactory factory) : IClassFixture<AcademyFactory>
{
    [Fact]
    public async Task Content_is_for_enrolled_participants_and_staff_and_markdown_is_sanitised()
    {
        var coordinator = await factory.CreateClientForAsync("coordinator@demo.local");
        var offeringId = await CoursesApi.CreateOfferingAsync(coordinator, await CoursesApi.CreateCourseAsync(coordinator));
        var module = await CoursesApi.JsonAsync(await coordinator.PostAsJsonAsync($"/api/courses/offerings/{offeringId}/content/modules", new { title = "Week 1" }));
        var lesson = await coordinator.PostAsJsonAsync($"/api/courses/content/modules/{module.GetProperty("id").GetGuid()}/lessons",
            new { title = "What is a model?", body = "A **model** <img src=x onerror=alert(1)> learns.", videoUrl = "https://video.example.org/1" });
        var badLesson = await coordinator.PostAsJsonAsync($"/api/courses/content/modules/{module.GetProperty("id").GetGuid()}/lessons",
            new { title = "", videoUrl = "javascript:alert(1)" });

        var participant = await factory.CreateClientForAsync("participant@demo.local");
        var beforeEnrolling = await participant.GetAsync($"/api/courses/offerings/{offeringId}/content");
        await factory.WithScopeAsync<EnrollmentDbContext>(async db =>
        {
            db.Enrollments.Add(new HealthAiAcademy.Enrollment.Domain.Enrollment(Guid.NewGuid(), offeringId, await CoursesApi.UserIdAsync(participant), EnrollmentStatus.Enrolled, null, DateTime.UtcNow));
            await db.SaveChangesAsync();
        });
        var afterEnrolling = await participant.GetAsync($"/api/courses/offerings/{offeringId}/content");
        var anonymous = await factory.CreateClient().GetAsync($"/api/courses/offerings/{offeringId}/content");

        Assert.Equal(HttpStatusCode.Created, lesson.StatusCode);
        await badLesson.AssertValidationProblemAsync("title", "videoUrl");
        await beforeEnrolling.AssertProblemAsync(HttpStatusCode.Forbidden);
        Assert.Equal(HttpStatusCode.OK, afterEnrolling.StatusCode);
        var content = await CoursesApi.JsonAsync(afterEnrolling);
        var html = content[0].GetProperty("lessons")[0].GetProperty("bodyHtml").GetString()!;
        Assert.Contains("<strong>model</strong>", html);
        Assert.DoesNotContain("<img", html);
        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
    }

    [Fact]
    public async Task The_offering_page_data_shows_sessions_seats_accreditation_and_the_users_state()
    {
        var coordinator = await factory.CreateClientForAsync("coordinator@demo.local");
        var offeringId = await CoursesApi.CreateOfferingAsync(coordinator, await CoursesApi.CreateCourseAsync(coordinator), body =>
        {
            body["enrollmentPolicy"] = "Open";
            body["capacity"] = 1;
        });
        await coordinator.PostAsJsonAsync($"/api/courses/offerings/{offeringId}/sessions", new { startsAt = "2030-07-01T09:00", durationMinutes = 60, topic = "Kick-off" });
        await CoursesApi.DeclareForFacultyAsync(coordinator, offeringId);
        await coordinator.PostAsync($"/api/courses/offerings/{offeringId}/publish", null);
        var participant = await factory.CreateClientForAsync("participant@demo.local");
        await factory.CreateClientForUser(Guid.NewGuid()).PostAsJsonAsync($"/api/enrollment/offerings/{offeringId}/enrollments", new { });
        await participant.PostAsJsonAsync($"/api/enrollment/offerings/{offeringId}/enrollments", new { });

        var details = await CoursesApi.JsonAsync(await participant.GetAsync($"/api/courses/offerings/{offeringId}"));
        var page = await factory.CreateClient().GetStringAsync($"/catalog/{offeringId}");

        Assert.Equal(0, details.GetProperty("seatsLeft").GetInt32());
        Assert.Equal("Waitlisted", details.GetProperty("myEnrollment").GetProperty("status").GetString());
        Assert.Equal(1, details.GetProperty("myEnrollment").GetProperty("waitlistPosition").GetInt32());
        Assert.Equal("GAIA/KNMG", details.GetProperty("accreditations")[0].GetProperty("registry").GetString());
        Assert.Equal("Kick-off", details.GetProperty("sessions")[0].GetProperty("topic").GetString());
        Assert.DoesNotContain("<script>", details.GetProperty("descriptionHtml").GetString());
        Assert.Contains("0 of 1 seats left; you can join the waiting list", page);
        Assert.Contains("Kick-off", page);
        Assert.Contains("GAIA/KNMG", page);
    }

    [Fact]
    public async Task Catalog_filters_by_audience_language_accreditation_and_start_and_sorts_by_title()
    {
        var client = factory.CreateClient();

        var students = await CoursesApi.JsonAsync(await client.GetAsync("/api/courses/offerings?audience=Students&pageSize=100"));
        var dutch = await CoursesApi.JsonAsync(await client.GetAsync("/api/courses/offerings?language=nl&pageSize=100"));
        var accredited = await CoursesApi.JsonAsync(await client.GetAsync("/api/courses/offerings?accredited=true&pageSize=100"));
        var upcoming = await CoursesApi.JsonAsync(await client.GetAsync("/api/courses/offerings?upcoming=true&pageSize=100"));
        var byTitle = await CoursesApi.JsonAsync(await client.GetAsync("/api/courses/offerings?sort=title&pageSize=100"));
        var badSort = await client.GetAsync("/api/courses/offerings?sort=price&language=fr");

        Assert.All(students.GetProperty("items").EnumerateArray(), o => Assert.Contains("Students", o.GetProperty("audiences").EnumerateArray().Select(a => a.GetString())));
        Assert.Contains("AI in Health Webinar Series", dutch.GetProperty("items").EnumerateArray().Select(o => o.GetProperty("title").GetString()));
        Assert.All(dutch.GetProperty("items").EnumerateArray(), o => Assert.Equal("nl", o.GetProperty("language").GetString()));
        Assert.All(accredited.GetProperty("items").EnumerateArray(), o => Assert.True(o.GetProperty("accredited").GetBoolean()));
        Assert.Contains("AI in Clinical Practice", accredited.GetProperty("items").EnumerateArray().Select(o => o.GetProperty("title").GetString()));
        Assert.True(upcoming.GetProperty("total").GetInt32() >= 4);
        var titles = byTitle.GetProperty("items").EnumerateArray().Select(o => o.GetProperty("title").GetString()!).ToList();
        Assert.Equal(titles.Order(StringComparer.Ordinal), titles);
        await badSort.AssertValidationProblemAsync("sort", "language");
    }

    [Fact]
    public async Task The_course_catalog_facade_gives_other_modules_what_they_need()
    {
        var coordinator = await factory.CreateClientForAsync("coordinator@demo.local");
        var instructorId = await CoursesApi.UserIdAsync(await factory.CreateClientForAsync("instructor@demo.local"));
        var courseId = await CoursesApi.CreateCourseAsync(coordinator, [instructorId]);
        var offeringId = await CoursesApi.CreateOfferingAsync(coordinator, courseId);
        await coordinator.PostAsJsonAsync($"/api/courses/offerings/{offeringId}/sessions", new { startsAt = "2030-07-01T09:00", durationMinutes = 60, topic = "Kick-off" });
        await CoursesApi.DeclareForFacultyAsync(coordinator, offeringId);
        await coordinator.PostAsync($"/api/courses/offerings/{offeringId}/publish", null);

        await using var scope = factory.Services.CreateAsyncScope();
        var catalog = scope.ServiceProvider.GetRequiredService<ICourseCatalog>();
        var snapshot = await catalog.GetOfferingAsync(offeringId, CancellationToken.None);
        var terms = await catalog.GetEnrollmentTermsAsync(offeringId, CancellationToken.None);
        var basis = await catalog.GetCertificateBasisAsync(offeringId, CancellationToken.None);
        var sessions = await catalog.GetSessionsAsync([offeringId], CancellationToken.None);
        var next = await catalog.FindNextRunAsync(courseId, new DateTime(2029, 1, 1), CancellationToken.None);
        var none = await catalog.FindNextRunAsync(courseId, new DateTime(2031, 1, 1), CancellationToken.None);

        Assert.NotNull(snapshot);
        Assert.NotNull(terms);
        Assert.NotNull(basis);
        Assert.Equal((EnrollmentPolicy.Application, 60, 80), (terms.EnrollmentPolicy, terms.Capacity!.Value, snapshot.MinimumAttendancePercent));
        Assert.Contains(instructorId, snapshot.InstructorIds);
        Assert.Equal(8.5, basis.Accreditations.Single().Points);
        Assert.Equal("en", basis.Language);
        Assert.Equal("Kick-off", sessions.Single().Topic);
        Assert.Equal(offeringId, next?.Id);
        Assert.Null(none);
    }
}

public sealed class CatalogCacheTests(AcademyFactory factory) : IClassFixture<AcademyFactory>
{
    [Fact]
    public async Task The_cached_anonymous_catalog_shows_a_newly_published_offering_at_once()
    {
        var anonymous = factory.CreateClient();
        var before = await CoursesApi.JsonAsync(await anonymous.GetAsync("/api/courses/offerings?pageSize=100"));
        var cachedAgain = await anonymous.GetAsync("/api/courses/offerings?pageSize=100");
        var coordinator = await factory.CreateClientForAsync("coordinator@demo.local");
        var offeringId = await CoursesApi.CreateOfferingAsync(coordinator, await CoursesApi.CreateCourseAsync(coordinator));
        await CoursesApi.DeclareForFacultyAsync(coordinator, offeringId);
        await coordinator.PostAsync($"/api/courses/offerings/{offeringId}/publish", null);

        var after = await CoursesApi.JsonAsync(await anonymous.GetAsync("/api/courses/offerings?pageSize=100"));

        Assert.True(cachedAgain.Headers.Age is not null, "the second anonymous request should be served from the output cache");
        Assert.Equal(before.GetProperty("total").GetInt32() + 1, after.GetProperty("total").GetInt32());
    }
}

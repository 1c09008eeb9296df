using System.Net;
using System.Net.Http.Json;
using HealthAiAcademy.Courses.Data;
using HealthAiAcademy.IntegrationTests.Courses;
using HealthAiAcademy.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace HealthAiAcademy.IntegrationTests.Enrollment;

public sealed class NoShowTests(AcademyFactory factory) : IClassFixture<AcademyFactory>
{
    [Fact]
    public async Task Coordinators_mark_no_shows_once_the_offering_has_started_and_not_before_nor_twice()
    {
        var coordinator = await factory.CreateClientForAsync("coordinator@demo.local");
        var offeringId = await CoursesApi.CreateOfferingAsync(coordinator, await CoursesApi.CreateCourseAsync(coordinator), b => b["enrollmentPolicy"] = "Open");
        await coordinator.PostAsync($"/api/courses/offerings/{offeringId}/publish", null);
        var participant = factory.CreateClientForUser(Guid.NewGuid());
        var enrollmentId = (await CoursesApi.JsonAsync(await participant.PostAsJsonAsync($"/api/enrollment/offerings/{offeringId}/enrollments", new { }))).GetProperty("id").GetGuid();

        var tooEarly = await coordinator.PostAsync($"/api/enrollment/enrollments/{enrollmentId}/no-show", null);
        await factory.WithScopeAsync<CoursesDbContext>(db =>
            db.Offerings.Where(o => o.Id == offeringId).ExecuteUpdateAsync(s => s.SetProperty(o => o.StartsAtUtc, DateTime.UtcNow.AddHours(-1))));
        var byParticipant = await participant.PostAsync($"/api/enrollment/enrollments/{enrollmentId}/no-show", null);
        var marked = await coordinator.PostAsync($"/api/enrollment/enrollments/{enrollmentId}/no-show", null);
        var again = await coordinator.PostAsync($"/api/enrollment/enrollments/{enrollmentId}/no-show", null);

        await tooEarly.AssertProblemAsync(HttpStatusCode.Conflict);
        Assert.Equal(HttpStatusCode.Forbidden, byParticipant.StatusCode);
        Assert.Equal("NoShow", (await CoursesApi.JsonAsync(marked)).GetProperty("status").GetString());
        await again.AssertProblemAsync(HttpStatusCode.Conflict);
    }
}

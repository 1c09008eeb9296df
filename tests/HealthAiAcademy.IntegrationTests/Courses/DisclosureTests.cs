using System.Net;
using System.Net.Http.Json;
using HealthAiAcademy.Tests.Support;

namespace HealthAiAcademy.IntegrationTests.Courses;

/// <summary>Issue 15, item 6: instructors of an accredited run declare their financial relationships before it is published.</summary>
public sealed class DisclosureTests(AcademyFactory factory) : IClassFixture<AcademyFactory>
{
    [Fact]
    public async Task An_accredited_run_is_published_only_once_every_instructor_declared_and_its_page_shows_the_declarations()
    {
        var coordinator = await factory.CreateClientForAsync("coordinator@demo.local");
        var instructor = await factory.CreateClientForAsync("instructor@demo.local");
        var instructorId = (await CoursesApi.JsonAsync(await instructor.GetAsync("/api/auth/me"))).GetProperty("id").GetGuid();
        var secondId = (await CoursesApi.JsonAsync(await coordinator.GetAsync("/api/auth/me"))).GetProperty("id").GetGuid();
        var offeringId = await CoursesApi.CreateOfferingAsync(coordinator, await CoursesApi.CreateCourseAsync(coordinator, [instructorId, secondId]));

        var refused = await coordinator.PostAsync($"/api/courses/offerings/{offeringId}/publish", null);
        Assert.Contains("2 have not yet", (await refused.AssertProblemAsync(HttpStatusCode.Conflict)).GetProperty("detail").GetString());
        var listed = await CoursesApi.JsonAsync(await coordinator.GetAsync($"/api/courses/offerings/{offeringId}/disclosures"));
        Assert.True(listed.GetProperty("required").GetBoolean());
        Assert.All(listed.GetProperty("faculty").EnumerateArray(), f => Assert.False(f.GetProperty("declared").GetBoolean()));

        await (await instructor.PutAsJsonAsync($"/api/courses/offerings/{offeringId}/disclosures/{instructorId}", new { })).AssertValidationProblemAsync("relationships");
        await (await instructor.PutAsJsonAsync($"/api/courses/offerings/{offeringId}/disclosures/{instructorId}",
            new { relationships = new[] { new { company = "Acme Imaging", nature = (string?)null } } })).AssertValidationProblemAsync("relationships[0]");
        await (await instructor.PutAsJsonAsync($"/api/courses/offerings/{offeringId}/disclosures/{secondId}", new { nothingToDisclose = true }))
            .AssertProblemAsync(HttpStatusCode.Forbidden);
        var declared = await CoursesApi.JsonAsync(await instructor.PutAsJsonAsync($"/api/courses/offerings/{offeringId}/disclosures/{instructorId}",
            new { relationships = new[] { new { company = "Acme Imaging", nature = "Advisory board (paid)" } } }));
        Assert.False(declared.GetProperty("nothingToDisclose").GetBoolean());
        Assert.Contains("1 have not yet", (await (await coordinator.PostAsync($"/api/courses/offerings/{offeringId}/publish", null))
            .AssertProblemAsync(HttpStatusCode.Conflict)).GetProperty("detail").GetString());

        (await coordinator.PutAsJsonAsync($"/api/courses/offerings/{offeringId}/disclosures/{secondId}", new { nothingToDisclose = true })).EnsureSuccessStatusCode();
        (await coordinator.PostAsync($"/api/courses/offerings/{offeringId}/publish", null)).EnsureSuccessStatusCode();
        var page = System.Net.WebUtility.HtmlDecode(await factory.CreateClient().GetStringAsync($"/catalog/{offeringId}"));
        Assert.Contains("Faculty disclosures", page);
        Assert.Contains("Acme Imaging (Advisory board (paid))", page);
        Assert.Contains("nothing to disclose", page);
        var audit = await CoursesApi.JsonAsync(await (await factory.CreateClientForAsync("admin@demo.local")).GetAsync($"/api/admin/audit?offeringId={offeringId}&action=DisclosureDeclared"));
        Assert.Equal(2, audit.GetProperty("items").GetArrayLength());
    }

    [Fact]
    public async Task A_rerun_asks_the_declarations_anew_and_an_unaccredited_run_publishes_without_them()
    {
        var coordinator = await factory.CreateClientForAsync("coordinator@demo.local");
        var instructorId = (await CoursesApi.JsonAsync(await (await factory.CreateClientForAsync("instructor@demo.local")).GetAsync("/api/auth/me"))).GetProperty("id").GetGuid();
        var offeringId = await CoursesApi.CreateOfferingAsync(coordinator, await CoursesApi.CreateCourseAsync(coordinator, [instructorId]));
        await CoursesApi.DeclareForFacultyAsync(coordinator, offeringId);
        (await coordinator.PostAsync($"/api/courses/offerings/{offeringId}/publish", null)).EnsureSuccessStatusCode();

        var rerun = await CoursesApi.JsonAsync(await coordinator.PostAsJsonAsync($"/api/courses/offerings/{offeringId}/rerun", new { cohortLabel = "2031", shiftDays = 364 }));
        var rerunId = rerun.GetProperty("id").GetGuid();
        var faculty = (await CoursesApi.JsonAsync(await coordinator.GetAsync($"/api/courses/offerings/{rerunId}/disclosures"))).GetProperty("faculty");
        Assert.False(Assert.Single(faculty.EnumerateArray()).GetProperty("declared").GetBoolean());
        await (await coordinator.PostAsync($"/api/courses/offerings/{rerunId}/publish", null)).AssertProblemAsync(HttpStatusCode.Conflict);

        var plain = await CoursesApi.JsonAsync(await coordinator.PostAsJsonAsync("/api/courses/courses", new
        {
            code = "ND" + Guid.NewGuid().ToString("N")[..8].ToUpperInvariant(), title = "AI for managers", summary = "Not accredited.", language = "en", studyLoadHours = 2,
            instructorIds = new[] { instructorId },
        }));
        var plainRun = await CoursesApi.CreateOfferingAsync(coordinator, plain.GetProperty("id").GetGuid());
        (await coordinator.PostAsync($"/api/courses/offerings/{plainRun}/publish", null)).EnsureSuccessStatusCode();
    }
}

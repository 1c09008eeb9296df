using System.Net.Http.Json;
using HealthAiAcademy.Tests.Support;

namespace HealthAiAcademy.IntegrationTests.Courses;

public sealed class CatalogSearchTests(AcademyFactory factory) : IClassFixture<AcademyFactory>
{
    [Fact]
    public async Task A_search_finds_an_offering_by_every_word_in_title_code_or_topics_whatever_the_case_and_accents()
    {
        var coordinator = await factory.CreateClientForAsync("coordinator@demo.local");
        var code = "JRN-" + Random.Shared.Next(1000, 9999);
        var response = await coordinator.PostAsJsonAsync("/api/courses/courses", WithTitle(code, $"Journey Summer AI {code}", "Réanimatie en AI op de IC"));
        var courseId = (await CoursesApi.JsonAsync(response)).GetProperty("id").GetGuid();
        var offeringId = await CoursesApi.CreateOfferingAsync(coordinator, courseId);
        await coordinator.PostAsync($"/api/courses/offerings/{offeringId}/publish", null);
        var visitor = factory.CreateClient();

        foreach (var query in new[] { $"Summer {code}", "summer ai journey", "REANIMATIE", "réanimatie ic", "llms summer" })
        {
            var found = await CoursesApi.JsonAsync(await visitor.GetAsync($"/api/courses/offerings?q={Uri.EscapeDataString(query)}"));
            Assert.Contains(found.GetProperty("items").EnumerateArray(), i => i.GetProperty("id").GetGuid() == offeringId);
        }

        var none = await CoursesApi.JsonAsync(await visitor.GetAsync($"/api/courses/offerings?q={Uri.EscapeDataString($"Summer {code} winter")}"));
        var page = await visitor.GetStringAsync($"/catalog?q={Uri.EscapeDataString($"summer {code.ToLowerInvariant()}")}");
        Assert.Equal(0, none.GetProperty("total").GetInt32());
        Assert.Contains($"Journey Summer AI {code}", page);
    }

    [Fact]
    public async Task The_catalog_page_goes_to_the_page_its_link_names()
    {
        var coordinator = await factory.CreateClientForAsync("coordinator@demo.local");
        var code = "PGN-" + Random.Shared.Next(1000, 9999);
        var response = await coordinator.PostAsJsonAsync("/api/courses/courses", WithTitle(code, $"Paging {code}", "One course, many offerings"));
        var courseId = (await CoursesApi.JsonAsync(response)).GetProperty("id").GetGuid();
        foreach (var _ in Enumerable.Range(0, 21))
        {
            var offeringId = await CoursesApi.CreateOfferingAsync(coordinator, courseId);
            await CoursesApi.DeclareForFacultyAsync(coordinator, offeringId);
            (await coordinator.PostAsync($"/api/courses/offerings/{offeringId}/publish", null)).EnsureSuccessStatusCode();
        }

        var visitor = factory.CreateClient();
        var first = await visitor.GetStringAsync($"/catalog?q={code}");
        var second = await visitor.GetStringAsync($"/catalog?q={code}&page=2");

        Assert.Contains("Page 1 of 2", first);
        Assert.Contains("Page 2 of 2", second);
        Assert.Equal(20, first.Split($"Paging {code}").Length - 1);
        Assert.Equal(1, second.Split($"Paging {code}").Length - 1);     // the 21st offering
    }

    [Fact]
    public async Task The_catalog_shows_seats_left_as_counted_moments_ago_and_the_offering_page_counts_them_exactly()
    {
        var coordinator = await factory.CreateClientForAsync("coordinator@demo.local");
        var code = "SEAT-" + Random.Shared.Next(1000, 9999);
        var response = await coordinator.PostAsJsonAsync("/api/courses/courses", WithTitle(code, $"Seats {code}", "Ten seats"));
        var offeringId = await CoursesApi.CreateOfferingAsync(coordinator, (await CoursesApi.JsonAsync(response)).GetProperty("id").GetGuid(), body =>
        {
            body["enrollmentPolicy"] = "Open";
            body["capacity"] = 10;
        });
        await CoursesApi.DeclareForFacultyAsync(coordinator, offeringId);
        (await coordinator.PostAsync($"/api/courses/offerings/{offeringId}/publish", null)).EnsureSuccessStatusCode();
        var reader = factory.CreateClientForUser(Guid.NewGuid());      // signed in: past the anonymous catalog's output cache
        async Task<int> SeatsLeftInCatalogAsync() =>
            (await CoursesApi.JsonAsync(await reader.GetAsync($"/api/courses/offerings?q={code}"))).GetProperty("items")[0].GetProperty("seatsLeft").GetInt32();

        Assert.Equal(10, await SeatsLeftInCatalogAsync());
        foreach (var _ in Enumerable.Range(0, 3))
        {
            (await factory.CreateClientForUser(Guid.NewGuid()).PostAsJsonAsync($"/api/enrollment/offerings/{offeringId}/enrollments", new { })).EnsureSuccessStatusCode();
        }

        var offering = await CoursesApi.JsonAsync(await reader.GetAsync($"/api/courses/offerings/{offeringId}"));
        Assert.Equal(7, offering.GetProperty("seatsLeft").GetInt32());
        await Eventually.TrueAsync(async () => await SeatsLeftInCatalogAsync() == 7, "the catalog counts the three seats taken", timeoutSeconds: 10);
    }

    private static Dictionary<string, object?> WithTitle(string code, string title, string summary)
    {
        var body = System.Text.Json.JsonSerializer.Deserialize<Dictionary<string, object?>>(System.Text.Json.JsonSerializer.Serialize(CoursesApi.Course(code)))!;
        body["title"] = title;
        body["summary"] = summary;
        return body;
    }
}

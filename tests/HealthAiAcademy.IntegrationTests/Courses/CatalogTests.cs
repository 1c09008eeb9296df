using System.Net;
using System.Text.Json;
using HealthAiAcademy.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace HealthAiAcademy.IntegrationTests.Courses;

public sealed class CatalogTests(AcademyFactory factory) : IClassFixture<AcademyFactory>
{
    private static readonly string[] SeededTitles =
    [
        "AI in Clinical Practice", "Data Wise", "Data Science and AI in Health", "AI in Health Webinar Series", "AI for Hospital Leadership",
    ];

    [Fact]
    public async Task Catalog_api_lists_the_five_published_seeded_offerings_not_the_past_run_as_a_page_with_enum_names()
    {
        var json = await GetJsonAsync("/api/courses/offerings");

        Assert.Equal(5, json.GetProperty("total").GetInt32());
        Assert.Equal(1, json.GetProperty("page").GetInt32());
        Assert.Equal(20, json.GetProperty("pageSize").GetInt32());
        var items = json.GetProperty("items").EnumerateArray().ToList();
        Assert.Equal(SeededTitles.Order(), items.Select(i => i.GetProperty("title").GetString()!).Order());
        Assert.Contains(items, i => i.GetProperty("kind").GetString() == "SummerSchool");
        Assert.Contains(items, i => i.GetProperty("kind").GetString() == "Minor");
    }

    [Fact]
    public async Task Catalog_api_filters_by_kind_search_and_topic_and_pages()
    {
        var minors = await GetJsonAsync("/api/courses/offerings?kind=Minor");
        var search = await GetJsonAsync("/api/courses/offerings?q=summer");
        var topic = await GetJsonAsync("/api/courses/offerings?topic=Ethics%20and%20law");
        var secondPage = await GetJsonAsync("/api/courses/offerings?page=2&pageSize=3");

        Assert.Equal("Data Wise", minors.GetProperty("items")[0].GetProperty("title").GetString());
        Assert.Equal(1, minors.GetProperty("total").GetInt32());
        Assert.Equal("Data Science and AI in Health", search.GetProperty("items")[0].GetProperty("title").GetString());
        Assert.Equal(3, topic.GetProperty("total").GetInt32());
        Assert.Equal(2, secondPage.GetProperty("items").GetArrayLength());
        Assert.Equal(5, secondPage.GetProperty("total").GetInt32());
    }

    [Theory]
    [InlineData("/api/courses/offerings?kind=Cooking", "kind")]
    [InlineData("/api/courses/offerings?pageSize=0", "pageSize")]
    [InlineData("/api/courses/offerings?pageSize=500", "pageSize")]
    [InlineData("/api/courses/offerings?page=0", "page")]
    public async Task Bad_catalog_queries_get_400_naming_the_field(string url, string field)
    {
        var response = await factory.CreateClient().GetAsync(url);

        await response.AssertValidationProblemAsync(field);
    }

    [Fact]
    public async Task An_offering_is_found_by_id_and_an_unknown_id_is_a_404_problem()
    {
        var list = await GetJsonAsync("/api/courses/offerings?kind=SummerSchool");
        var id = list.GetProperty("items")[0].GetProperty("id").GetString();

        var offering = await GetJsonAsync($"/api/courses/offerings/{id}");
        var unknown = await factory.CreateClient().GetAsync($"/api/courses/offerings/{Guid.NewGuid()}");

        Assert.Equal("Data Science and AI in Health", offering.GetProperty("title").GetString());
        Assert.Equal("Published", offering.GetProperty("status").GetString());
        Assert.Equal(60, offering.GetProperty("capacity").GetInt32());
        await unknown.AssertProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Catalog_page_shows_the_seeded_offerings_to_anonymous_visitors()
    {
        var html = await factory.CreateClient().GetStringAsync("/catalog");

        foreach (var title in SeededTitles)
        {
            Assert.Contains(title, html);
        }

        Assert.Contains("5 offering(s) found", html);
    }

    [Fact]
    public async Task The_catalog_page_filters_by_topic_and_not_yet_started_and_sorts_by_title()
    {
        var visitor = factory.CreateClient();

        var llms = await visitor.GetStringAsync("/catalog?topic=LLMs");
        var unknownTopic = await visitor.GetStringAsync("/catalog?topic=Cooking");
        var byTitle = await visitor.GetStringAsync("/catalog?sort=Title&upcomingOnly=true");

        Assert.Contains("3 offering(s) found", llms);
        Assert.Contains("<option value=\"LLMs\" selected=\"selected\">LLMs</option>", llms);
        Assert.Contains("5 offering(s) found", unknownTopic);
        var titles = System.Text.RegularExpressions.Regex.Matches(byTitle, "<h2><a href=\"/catalog/[^\"]+\">([^<]+)</a></h2>").Select(m => m.Groups[1].Value).ToList();
        Assert.Equal(titles.Order(StringComparer.CurrentCulture), titles);
        Assert.Equal("AI for Hospital Leadership", titles[0]);
        Assert.Contains("<option value=\"Title\" selected=\"selected\">", byTitle);
        Assert.Contains("id=\"upcomingOnly\" name=\"upcomingOnly\" type=\"checkbox\" value=\"true\" checked=\"checked\"", byTitle);
    }

    private async Task<JsonElement> GetJsonAsync(string url)
    {
        var response = await factory.CreateClient().GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
    }
}

/// <summary>Issue 17, item 2: the catalog is read from the host's in-memory copy of the published offerings, refreshed by Courses' own changes.</summary>
public sealed class PublishedCatalogTests(AcademyFactory factory) : IClassFixture<AcademyFactory>
{
    [Fact]
    public async Task A_signed_in_catalog_shows_a_course_change_at_once_and_a_change_behind_Courses_back_only_after_a_reload()
    {
        var coordinator = await factory.CreateClientForAsync("coordinator@demo.local");
        var participant = await factory.CreateClientForAsync("participant@demo.local");
        var courseId = await CoursesApi.CreateCourseAsync(coordinator);
        var offeringId = await CoursesApi.CreateOfferingAsync(coordinator, courseId, body => body["enrollmentPolicy"] = "Open");
        (await coordinator.PostAsync($"/api/courses/offerings/{offeringId}/publish", null)).EnsureSuccessStatusCode();
        async Task<string?> TitleAsync() => (await CoursesApi.JsonAsync(await participant.GetAsync("/api/courses/offerings?q=summer&pageSize=100")))
            .GetProperty("items").EnumerateArray().Where(i => i.GetProperty("id").GetGuid() == offeringId).Select(i => i.GetProperty("title").GetString()).SingleOrDefault();

        var published = await TitleAsync();
        var course = JsonSerializer.SerializeToNode(CoursesApi.Course())!.AsObject();
        course["code"] = (await CoursesApi.JsonAsync(await coordinator.GetAsync($"/api/courses/courses/{courseId}"))).GetProperty("code").GetString();
        course["title"] = "Data Science and AI in Health, summer edition";
        (await coordinator.PutAsync($"/api/courses/courses/{courseId}", new StringContent(course.ToJsonString(), System.Text.Encoding.UTF8, "application/json"))).EnsureSuccessStatusCode();
        var renamed = await TitleAsync();
        // As another host would: the database changes without this host's Courses knowing.
        await factory.WithScopeAsync<HealthAiAcademy.Courses.Data.CoursesDbContext>(db =>
            db.Offerings.Where(o => o.Id == offeringId).ExecuteUpdateAsync(set => set.SetProperty(o => o.Status, HealthAiAcademy.Courses.Contracts.OfferingStatus.Cancelled)));
        var beforeReload = await TitleAsync();
        factory.Services.GetRequiredService<HealthAiAcademy.Courses.Features.Shared.PublishedCatalog>().Invalidate();
        var afterReload = await TitleAsync();

        Assert.Equal("Data Science and AI in Health", published);
        Assert.Equal("Data Science and AI in Health, summer edition", renamed);
        Assert.Equal("Data Science and AI in Health, summer edition", beforeReload);
        Assert.Null(afterReload);
    }
}

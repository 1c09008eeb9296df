using HealthAiAcademy.IntegrationTests.Courses;
using System.Net.Http.Json;
using System.Net;
using HealthAiAcademy.Host.Identity.Data;
using HealthAiAcademy.IntegrationTests.Identity;
using HealthAiAcademy.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace HealthAiAcademy.IntegrationTests.Localization;

/// <summary>The academy's default language as configured for production (Dutch), against a host of its own.</summary>
public sealed class DutchByDefaultHost : IAsyncLifetime
{
    public AcademyFactory Factory { get; } = AcademyFactory.Create(null, new Dictionary<string, string?> { ["Localization:DefaultLanguage"] = "nl" });

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await Factory.DisposeAsync();
}

public sealed class LanguageTests(DutchByDefaultHost host) : IClassFixture<DutchByDefaultHost>
{
    private AcademyFactory Factory => host.Factory;

    [Fact]
    public async Task A_visitor_whose_browser_asks_for_nothing_in_particular_reads_Dutch_and_the_page_says_so()
    {
        var html = await Factory.CreateClient().GetStringAsync("/");

        Assert.Contains("<html lang=\"nl\">", html);
        Assert.Contains("Leer AI voor de zorg", html);
        Assert.Contains(">Inloggen<", html);
    }

    [Fact]
    public async Task The_catalog_speaks_Dutch_with_dates_in_Dutch_and_course_content_as_authored()
    {
        var html = await Factory.CreateClient().GetStringAsync("/catalog");

        Assert.Contains("<h1>Cursusaanbod</h1>", html);
        Assert.Contains("Zoeken in het aanbod", html);
        Assert.Matches("(jan|feb|mrt|apr|mei|jun|jul|aug|sep|okt|nov|dec)\\.? 20\\d\\d", html);
        Assert.DoesNotContain("seats left", html);
    }

    [Theory]
    [InlineData("en-GB,en;q=0.9", "en", "Learn AI for health care")]
    [InlineData("nl-BE", "nl", "Leer AI voor de zorg")]
    [InlineData("de-DE", "nl", "Leer AI voor de zorg")]
    public async Task The_browser_language_chooses_between_Dutch_and_English(string acceptLanguage, string lang, string heading)
    {
        var client = Factory.CreateClient();
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd(acceptLanguage);

        var html = await client.GetStringAsync("/");

        Assert.Contains($"<html lang=\"{lang}\">", html);
        Assert.Contains(heading, html);
    }

    [Fact]
    public async Task The_switch_in_the_layout_is_remembered_for_a_visitor_over_what_the_browser_asks()
    {
        var client = Factory.CreateClient(new() { HandleCookies = true, AllowAutoRedirect = false });
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("nl-NL");
        var token = await AccountPagesTests.AntiforgeryTokenAsync(client, "/catalog");

        var switched = await client.PostAsync("/language", AccountPagesTests.Form(token, new() { ["language"] = "en", ["returnUrl"] = "/catalog" }));
        var after = await client.GetStringAsync("/");
        var elsewhere = await client.PostAsync("/language", AccountPagesTests.Form(token, new() { ["language"] = "en", ["returnUrl"] = "https://evil.example/" }));

        Assert.Equal(HttpStatusCode.Redirect, switched.StatusCode);
        Assert.Equal("/catalog", switched.Headers.Location?.OriginalString);
        Assert.Contains("<html lang=\"en\">", after);
        Assert.Equal("/", elsewhere.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task A_switch_without_the_anti_forgery_token_is_refused()
    {
        var client = Factory.CreateClient(new() { AllowAutoRedirect = false });

        var response = await client.PostAsync("/language", new FormUrlEncodedContent(new Dictionary<string, string> { ["language"] = "en" }));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task A_signed_in_person_s_choice_is_kept_in_the_profile_and_follows_them_to_a_new_device_and_to_the_API()
    {
        var laptop = await Factory.CreateCookieClientForAsync("instructor@demo.local");
        var token = await AccountPagesTests.AntiforgeryTokenAsync(laptop, "/catalog");
        await laptop.PostAsync("/language", AccountPagesTests.Form(token, new() { ["language"] = "en", ["returnUrl"] = "/" }));

        var phone = await Factory.CreateCookieClientForAsync("instructor@demo.local");
        phone.DefaultRequestHeaders.AcceptLanguage.ParseAdd("nl-NL");
        var page = await phone.GetStringAsync("/");
        var stored = await Factory.WithScopeAsync<AcademyIdentityDbContext, string?>(db =>
            db.Users.Where(u => u.Email == "instructor@demo.local").Select(u => u.PreferredLanguage).SingleAsync());

        Assert.Equal("en", stored);
        Assert.Contains("<html lang=\"en\">", page);
    }

    /// <summary>
    /// Issue 14, item 1: what the modules' use cases say when they refuse reaches the reader in their language, in the
    /// API's ProblemDetails and on the pages, values included ("At most 40 characters" becomes "Hoogstens 40 tekens").
    /// </summary>
    [Fact]
    public async Task Refusals_and_validation_messages_of_the_modules_are_in_the_readers_language_with_their_values()
    {
        // Accounts without a language of their own: the browser's language decides.
        var coordinator = host.Factory.CreateClientForUser(Guid.NewGuid(), HealthAiAcademy.BuildingBlocks.Authorization.Roles.Coordinator);
        var participant = host.Factory.CreateClientForUser(Guid.NewGuid(), HealthAiAcademy.BuildingBlocks.Authorization.Roles.Participant);
        foreach (var client in new[] { coordinator, participant })
        {
            client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("nl-NL");
        }

        var invalidCourse = await coordinator.PostAsJsonAsync("/api/courses/courses", new { code = "x", title = "", summary = "s", language = "fr", studyLoadHours = 5000 });
        var missingCourse = await coordinator.GetAsync($"/api/courses/courses/{Guid.NewGuid()}");
        var forbidden = await participant.PostAsJsonAsync("/api/courses/courses", new { });
        var longCohort = await coordinator.PostAsJsonAsync($"/api/courses/offerings/{Guid.NewGuid()}/rerun", new { cohortLabel = new string('x', 41), shiftDays = 0 });
        using var english = new HttpRequestMessage(HttpMethod.Post, "/api/courses/courses") { Content = JsonContent.Create(new { title = "" }) };
        english.Headers.AcceptLanguage.ParseAdd("en");

        var course = await CoursesApi.JsonAsync(invalidCourse);
        Assert.Equal("Verplicht.", course.GetProperty("errors").GetProperty("title")[0].GetString());
        Assert.Equal("De taal is nl of en.", course.GetProperty("errors").GetProperty("language")[0].GetString());
        Assert.Equal("De studielast is 1 tot 2000 uur.", course.GetProperty("errors").GetProperty("studyLoadHours")[0].GetString());
        Assert.Equal("De cursus is niet gevonden.", (await CoursesApi.JsonAsync(missingCourse)).GetProperty("title").GetString());
        var refusal = await CoursesApi.JsonAsync(forbidden);
        Assert.Equal("Niet toegestaan.", refusal.GetProperty("title").GetString());
        Assert.Equal(HttpStatusCode.Forbidden, forbidden.StatusCode);
        Assert.Equal("Een cohortnaam van 1 tot 40 tekens.", (await CoursesApi.JsonAsync(longCohort)).GetProperty("errors").GetProperty("cohortLabel")[0].GetString());
        Assert.Contains("\"Required.\"", await (await coordinator.SendAsync(english)).Content.ReadAsStringAsync());

        var page = await host.Factory.CreateCookieClientForAsync("coordinator@demo.local");
        page.DefaultRequestHeaders.AcceptLanguage.ParseAdd("nl-NL");
        var token = await AccountPagesTests.AntiforgeryTokenAsync(page, "/manage/courses/new");
        var form = await page.PostAsync("/manage/courses/new", AccountPagesTests.Form(token, new()
        {
            ["Form.Code"] = "NL-MSG-1", ["Form.Title"] = "Berichten in het Nederlands", ["Form.Summary"] = "s", ["Form.Language"] = "nl", ["Form.StudyLoadHours"] = "9000",
        }));
        Assert.Contains("De studielast is 1 tot 2000 uur.", System.Net.WebUtility.HtmlDecode(await form.Content.ReadAsStringAsync()));
    }
}

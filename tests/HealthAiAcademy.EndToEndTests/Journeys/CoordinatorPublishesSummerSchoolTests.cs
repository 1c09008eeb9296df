using System.Text.RegularExpressions;
using HealthAiAcademy.Tests.Support;
using Microsoft.Playwright;

namespace HealthAiAcademy.EndToEndTests.Journeys;

public sealed class CoordinatorPublishesSummerSchoolTests(BrowserHost host) : IClassFixture<BrowserHost>
{
    [Fact]
    public async Task A_coordinator_creates_a_summer_school_with_five_daily_sessions_and_publishes_it()
    {
        var page = await host.NewPageAsync();
        try
        {
            await BrowserHost.SignInAsync(page, "coordinator@demo.local");

            await page.GotoAsync("/manage/offerings");
            await BrowserHost.AssertAccessibleAsync(page);
            await page.GetByRole(AriaRole.Link, new() { Name = "New course" }).ClickAsync();
            await page.GetByLabel("Code").FillAsync("DSAIH-X");
            await page.GetByLabel("Title").FillAsync("Summer School Data Science X");
            await page.GetByLabel("Summary").FillAsync("A week of daily sessions on data science and AI in health.");
            await page.GetByLabel("Study load (hours)").FillAsync("40");
            await page.GetByLabel("Researchers").CheckAsync();
            await page.GetByRole(AriaRole.Button, new() { Name = "Create course" }).ClickAsync();
            await BrowserHost.ArriveAtAsync(page, "/manage/offerings/new\\?courseId=");
            await BrowserHost.AssertAccessibleAsync(page);

            await page.GetByLabel("Kind").SelectOptionAsync("SummerSchool");
            await page.GetByLabel("Cohort").FillAsync("2031");
            await page.GetByLabel("Starts", new() { Exact = true }).FillAsync("2031-07-07T09:00");
            await page.GetByLabel("Ends", new() { Exact = true }).FillAsync("2031-07-11T17:00");
            await page.GetByLabel("Enrolment opens").FillAsync("2026-01-01T00:00");
            await page.GetByLabel("Enrolment closes").FillAsync("2031-06-01T00:00");
            await page.GetByLabel("Free cancellation until").FillAsync("2031-06-15T00:00");
            await page.GetByLabel("Seats (empty: no limit, webinars only)").FillAsync("40");
            await page.GetByLabel("Policy").SelectOptionAsync("Application");
            await page.GetByLabel("Delivery").SelectOptionAsync("InPerson");
            await page.GetByLabel("Location", new() { Exact = true }).FillAsync("Main auditorium");
            await page.GetByRole(AriaRole.Button, new() { Name = "Create draft" }).ClickAsync();
            await BrowserHost.ArriveAtAsync(page, "/manage/offerings/[0-9a-f-]{36}$");
            await BrowserHost.AssertAccessibleAsync(page);
            var offeringUrl = page.Url;

            for (var day = 7; day <= 11; day++)
            {
                await page.GetByLabel("Starts (Amsterdam time)").FillAsync($"2031-07-{day:00}T09:00");
                await page.GetByLabel("Duration (minutes)").FillAsync("420");
                await page.GetByLabel("Topic").FillAsync($"Day {day - 6}");
                await page.GetByRole(AriaRole.Button, new() { Name = "Schedule session" }).ClickAsync();
                await page.GetByRole(AriaRole.Status).Filter(new() { HasText = "The session is scheduled." }).WaitForAsync();
            }

            Assert.Equal(5, await page.Locator("[data-testid=sessions] tbody tr").CountAsync());
            await page.GetByRole(AriaRole.Button, new() { Name = "Publish" }).ClickAsync();
            await page.GetByRole(AriaRole.Status).Filter(new() { HasText = "The offering is now Published." }).WaitForAsync();
            Assert.Equal("Published", await page.Locator("[data-testid=status]").InnerTextAsync());

            await page.GotoAsync("/catalog?q=Data%20Science%20X");
            await BrowserHost.AssertAccessibleAsync(page);
            var card = page.Locator("[data-testid=offering]").Filter(new() { HasText = "Summer School Data Science X" });
            Assert.Equal("40 of 40 seats left", await card.Locator("[data-testid=seats]").InnerTextAsync());
            await card.GetByRole(AriaRole.Link, new() { Name = "Summer School Data Science X" }).ClickAsync();

            var download = await page.RunAndWaitForDownloadAsync(() =>
                page.GetByRole(AriaRole.Link, new() { Name = "Add all sessions to your calendar (.ics)" }).ClickAsync());
            var path = await download.PathAsync();
            var ics = await File.ReadAllTextAsync(path);
            Assert.Equal(5, Regex.Matches(ics, "BEGIN:VEVENT").Count);
            Assert.Contains("DTSTART:20310707T070000Z", ics);
            Assert.NotEqual(offeringUrl, page.Url);

            // On a phone the page fits the screen (wide tables scroll inside themselves); on paper only the content prints.
            await page.SetViewportSizeAsync(360, 740);
            foreach (var narrow in new[] { "/catalog", offeringUrl, "/manage/dashboard" })
            {
                await page.GotoAsync(narrow);
                var tooWide = await page.EvaluateAsync<string[]>(
                    "[...document.querySelectorAll('body *')].filter(e => e.getBoundingClientRect().right > window.innerWidth + 1 && !(e.parentElement && e.parentElement.closest('table')))" +
                    ".map(e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + (e.className && typeof e.className === 'string' ? '.' + e.className : ''))");
                Assert.True(tooWide.Length == 0, $"{narrow} is wider than a phone: {string.Join(", ", tooWide.Take(8))}");
                Assert.True(await page.EvaluateAsync<bool>("document.documentElement.scrollWidth <= window.innerWidth + 1"), $"{narrow} scrolls sideways on a phone");
                await BrowserHost.AssertAccessibleAsync(page);
            }

            await page.SetViewportSizeAsync(1280, 900);
            await page.GotoAsync(offeringUrl + "/roster");
            await page.EmulateMediaAsync(new() { Media = Media.Print });
            Assert.False(await page.Locator(".site-header").IsVisibleAsync());
            Assert.True(await page.GetByRole(AriaRole.Heading, new() { Name = "Roster", Level = 1 }).IsVisibleAsync());
            await page.EmulateMediaAsync(new() { Media = Media.Screen });
        }
        catch (Exception failure)
        {
            throw await BrowserHost.FailedAsync(failure, (page, nameof(A_coordinator_creates_a_summer_school_with_five_daily_sessions_and_publishes_it)));
        }
    }
}

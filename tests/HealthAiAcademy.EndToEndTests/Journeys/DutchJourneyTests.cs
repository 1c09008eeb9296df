using HealthAiAcademy.Tests.Support;
using Microsoft.Playwright;

namespace HealthAiAcademy.EndToEndTests.Journeys;

/// <summary>A Dutch browser gets Dutch pages (the tests' host defaults to English), each checked by axe; the layout's switch changes it.</summary>
public sealed class DutchJourneyTests(BrowserHost host) : IClassFixture<BrowserHost>
{
    [Fact]
    public async Task A_participant_with_a_Dutch_browser_signs_in_and_finds_their_pages_in_Dutch_then_switches_to_English()
    {
        var page = await host.NewPageAsync("nl-NL");
        try
        {
            await page.GotoAsync("/account/login");
            Assert.Equal("nl", await page.Locator("html").GetAttributeAsync("lang"));
            await BrowserHost.AssertAccessibleAsync(page);
            await page.GetByLabel("E-mailadres").FillAsync("participant@demo.local");
            await page.GetByLabel("Wachtwoord").FillAsync(AcademyFactory.DemoPassword);
            await page.GetByRole(AriaRole.Button, new() { Name = "Inloggen" }).ClickAsync();
            await BrowserHost.ArriveAtAsync(page, "/catalog$");
            await page.GetByRole(AriaRole.Heading, new() { Name = "Cursusaanbod" }).WaitForAsync();
            await BrowserHost.AssertAccessibleAsync(page);

            await page.Locator("[data-testid=offering] h2 a").First.ClickAsync();
            await BrowserHost.ArriveAtAsync(page, "/catalog/[0-9a-f-]+$");
            await page.GetByRole(AriaRole.Heading, new() { Name = "In het kort" }).WaitForAsync();
            await BrowserHost.AssertAccessibleAsync(page);

            foreach (var (link, heading) in new[] { ("Mijn leren", "Mijn leren"), ("Mijn certificaten", "Mijn certificaten"), ("Meldingen", "Meldingen"), ("Profiel", "Uw profiel") })
            {
                await page.GetByRole(AriaRole.Link, new() { Name = link, Exact = true }).ClickAsync();
                await page.GetByRole(AriaRole.Heading, new() { Name = heading, Level = 1 }).WaitForAsync();
                await BrowserHost.AssertAccessibleAsync(page);
            }

            await page.GetByRole(AriaRole.Button, new() { Name = "English" }).ClickAsync();
            await page.GetByRole(AriaRole.Heading, new() { Name = "Your profile", Level = 1 }).WaitForAsync();
            Assert.Equal("en", await page.Locator("html").GetAttributeAsync("lang"));
            await BrowserHost.AssertAccessibleAsync(page);
        }
        catch (Exception failure)
        {
            throw await BrowserHost.FailedAsync(failure, (page, "dutch-participant"));
        }
    }

    [Fact]
    public async Task A_coordinator_with_a_Dutch_browser_runs_an_offering_in_Dutch()
    {
        var page = await host.NewPageAsync("nl-NL");
        try
        {
            await page.GotoAsync("/account/login");
            await page.GetByLabel("E-mailadres").FillAsync("coordinator@demo.local");
            await page.GetByLabel("Wachtwoord").FillAsync(AcademyFactory.DemoPassword);
            await page.GetByRole(AriaRole.Button, new() { Name = "Inloggen" }).ClickAsync();
            await BrowserHost.ArriveAtAsync(page, "/manage/dashboard$");
            await page.GetByRole(AriaRole.Heading, new() { Name = "Wacht op u" }).WaitForAsync();
            await BrowserHost.AssertAccessibleAsync(page);

            await page.GetByRole(AriaRole.Link, new() { Name = "Aanbod beheren" }).ClickAsync();
            await page.GetByRole(AriaRole.Heading, new() { Name = "Al het aanbod" }).WaitForAsync();
            await BrowserHost.AssertAccessibleAsync(page);

            await page.Locator("table a[href^='/manage/offerings/']").First.ClickAsync();
            await page.GetByRole(AriaRole.Heading, new() { Name = "Bijeenkomsten" }).WaitForAsync();
            await BrowserHost.AssertAccessibleAsync(page);

            foreach (var (link, heading) in new[] { ("Deelnemerslijst", "Deelnemerslijst"), ("Cijferlijst", "Cijferlijst"), ("Mededelingen", "Mededelingen") })
            {
                var back = page.Url;
                await page.GetByRole(AriaRole.Link, new() { Name = link, Exact = true }).ClickAsync();
                await page.GetByRole(AriaRole.Heading, new() { Name = heading, Level = 1 }).WaitForAsync();
                await BrowserHost.AssertAccessibleAsync(page);
                await page.GotoAsync(back);
            }

            await page.GetByRole(AriaRole.Link, new() { Name = "Beoordelen", Exact = true }).ClickAsync();
            await page.GetByRole(AriaRole.Heading, new() { Name = "Beoordelingswachtrij" }).WaitForAsync();
            await BrowserHost.AssertAccessibleAsync(page);
        }
        catch (Exception failure)
        {
            throw await BrowserHost.FailedAsync(failure, (page, "dutch-coordinator"));
        }
    }

    [Fact]
    public async Task An_administrator_with_a_Dutch_browser_reads_the_audit_trail_and_the_privacy_page_in_Dutch()
    {
        var page = await host.NewPageAsync("nl-NL");
        try
        {
            await page.GotoAsync("/account/login");
            await page.GetByLabel("E-mailadres").FillAsync("admin@demo.local");
            await page.GetByLabel("Wachtwoord").FillAsync(AcademyFactory.DemoPassword);
            await page.GetByRole(AriaRole.Button, new() { Name = "Inloggen" }).ClickAsync();
            await BrowserHost.ArriveAtAsync(page, "/manage/dashboard$");

            await page.GetByRole(AriaRole.Link, new() { Name = "Audittrail" }).ClickAsync();
            await page.GetByRole(AriaRole.Heading, new() { Name = "Audittrail", Level = 1 }).WaitForAsync();
            await page.GetByLabel("Handeling").SelectOptionAsync(new SelectOptionValue { Label = "Rol toegekend" });
            await page.GetByRole(AriaRole.Button, new() { Name = "Filteren" }).ClickAsync();
            await page.GetByRole(AriaRole.Status).Filter(new() { HasText = "regels gevonden" }).WaitForAsync();
            await BrowserHost.AssertAccessibleAsync(page);

            await page.GetByRole(AriaRole.Link, new() { Name = "Personen" }).ClickAsync();
            await page.GetByRole(AriaRole.Link, new() { Name = "Łukasz Şahin-de Vries" }).ClickAsync();
            await page.GetByRole(AriaRole.Heading, new() { Name = "Verzoek tot wissen" }).WaitForAsync();
            await BrowserHost.AssertAccessibleAsync(page);

            await page.GetByRole(AriaRole.Link, new() { Name = "Privacy" }).ClickAsync();
            await page.GetByRole(AriaRole.Heading, new() { Name = "Uw rechten" }).WaitForAsync();
            await BrowserHost.AssertAccessibleAsync(page);
        }
        catch (Exception failure)
        {
            throw await BrowserHost.FailedAsync(failure, (page, "dutch-administrator"));
        }
    }
}

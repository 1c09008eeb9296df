using HealthAiAcademy.Tests.Support;
using Microsoft.Playwright;

namespace HealthAiAcademy.EndToEndTests.Journeys;

/// <summary>The academy trusting a real OpenID provider on loopback, as a hospital's Entra ID or SURFconext.</summary>
public sealed class SingleSignOnBrowserHost : BrowserHost
{
    public TestOpenIdProvider Provider { get; private set; } = null!;

    protected override async Task<IReadOnlyDictionary<string, string?>?> SettingsAsync()
    {
        Provider = await TestOpenIdProvider.StartAsync(new TestOpenIdProvider.Person("maud", "maud.mulder@umc.example", "Maud Mulder"));
        return Provider.AcademySettings();
    }

    protected override Task StartedAsync() => Provider.RegisterAcademyAsync(BaseAddress);

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        await Provider.DisposeAsync();
    }
}

public sealed class SingleSignOnJourneyTests(SingleSignOnBrowserHost host) : IClassFixture<SingleSignOnBrowserHost>
{
    [Fact]
    public async Task A_clinician_signs_in_with_the_hospitals_account_and_lands_in_the_academy()
    {
        var page = await host.NewPageAsync();
        try
        {
            await page.GotoAsync("/account/login");
            await BrowserHost.AssertAccessibleAsync(page);
            await page.GetByRole(AriaRole.Button, new() { Name = "Sign in with UMC Login" }).ClickAsync();

            await BrowserHost.ArriveAtAsync(page, "/connect/authorize");
            await page.GetByLabel("User name").FillAsync("maud");
            await page.GetByRole(AriaRole.Button, new() { Name = "Sign in at UMC" }).ClickAsync();

            await BrowserHost.ArriveAtAsync(page, "/catalog$");
            await page.GetByRole(AriaRole.Heading, new() { Name = "Catalog" }).WaitForAsync();
            await BrowserHost.AssertAccessibleAsync(page);
            await page.GotoAsync("/account/profile");
            await page.GetByText("maud.mulder@umc.example").WaitForAsync();
            Assert.Equal("Maud Mulder", await page.GetByLabel("Full name").InputValueAsync());
            await BrowserHost.AssertAccessibleAsync(page);
        }
        catch (Exception failure)
        {
            throw await BrowserHost.FailedAsync(failure, (page, "single-sign-on"));
        }
    }
}

using HealthAiAcademy.Tests.Support;
using Microsoft.Playwright;

namespace HealthAiAcademy.EndToEndTests.Journeys;

public sealed class RegisterAndBrowseCatalogTests(BrowserHost host) : IClassFixture<BrowserHost>
{
    [Fact]
    public async Task A_new_clinician_registers_signs_in_and_sees_the_five_published_offerings()
    {
        var page = await host.NewPageAsync();
        try
        {
            await page.GotoAsync("/account/register");
            await BrowserHost.AssertAccessibleAsync(page);
            await page.GetByLabel("Email").FillAsync("anna.devries@hospital.example");
            await page.GetByLabel("Full name").FillAsync("Anna de Vries");
            await page.GetByLabel("Profession (optional)").FillAsync("Nurse practitioner");
            await page.GetByLabel("Password", new() { Exact = true }).FillAsync("Nurse-Password-1");
            await page.GetByLabel("Repeat the password").FillAsync("Nurse-Password-1");
            await page.GetByRole(AriaRole.Button, new() { Name = "Create account" }).ClickAsync();
            await BrowserHost.ArriveAtAsync(page, "/catalog$");
            await BrowserHost.AssertAccessibleAsync(page);

            await page.GetByRole(AriaRole.Button, new() { Name = "Sign out" }).ClickAsync();
            // The sign-out is a form post: let it finish before navigating on, or a busy machine cancels it.
            await page.GetByRole(AriaRole.Link, new() { Name = "Sign in" }).WaitForAsync();
            await page.GotoAsync("/account/login");
            await BrowserHost.AssertAccessibleAsync(page);
            await page.GetByLabel("Email").FillAsync("anna.devries@hospital.example");
            await page.GetByLabel("Password").FillAsync("Nurse-Password-1");
            await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
            await BrowserHost.ArriveAtAsync(page, "/catalog$");
            await BrowserHost.AssertAccessibleAsync(page);

            var offerings = page.Locator("[data-testid=offering] h2");
            Assert.Equal(5, await offerings.CountAsync());
            var titles = await offerings.AllInnerTextsAsync();
            Assert.Equal(
                ["AI for Hospital Leadership", "AI in Clinical Practice", "AI in Health Webinar Series", "Data Science and AI in Health", "Data Wise"],
                titles.Order());
            Assert.True(await page.GetByRole(AriaRole.Link, new() { Name = "Profile" }).IsVisibleAsync());
        }
        catch
        {
            await BrowserHost.ScreenshotAsync(page, nameof(A_new_clinician_registers_signs_in_and_sees_the_five_published_offerings));
            throw;
        }
    }

    [Fact]
    public async Task The_skip_link_is_the_first_thing_a_keyboard_reaches()
    {
        var page = await host.NewPageAsync();
        await page.GotoAsync("/catalog");
        await BrowserHost.AssertAccessibleAsync(page);

        await page.Keyboard.PressAsync("Tab");
        var focused = await page.EvaluateAsync<string>("() => document.activeElement.textContent.trim()");

        Assert.Equal("Skip to main content", focused);
    }
}

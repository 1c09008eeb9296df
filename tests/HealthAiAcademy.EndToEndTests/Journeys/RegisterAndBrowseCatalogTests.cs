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
        catch (Exception failure)
        {
            throw await BrowserHost.FailedAsync(failure, (page, nameof(A_new_clinician_registers_signs_in_and_sees_the_five_published_offerings)));
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

    /// <summary>
    /// Issue 14, item 8: one journey without a mouse. The participant signs in, finds a webinar, enrols and checks My
    /// learning with Tab, Shift+Tab and Enter alone; every stop shows where the focus is, and axe checks each page.
    /// </summary>
    [Fact]
    public async Task A_participant_signs_in_finds_a_webinar_and_enrols_with_the_keyboard_alone()
    {
        var page = await host.NewPageAsync();
        try
        {
            await page.GotoAsync("/account/login");
            await TabToAsync(page, "Skip to main content");
            await page.Keyboard.PressAsync("Enter");
            await TabToAsync(page, "Email");
            await page.Keyboard.TypeAsync("participant@demo.local");
            await TabToAsync(page, "Password");
            await page.Keyboard.TypeAsync(AcademyFactory.DemoPassword);
            await page.Keyboard.PressAsync("Enter");
            // The skip link's #main stays on the address across the sign-in's redirect.
            await BrowserHost.ArriveAtAsync(page, "/catalog(#main)?$");
            await BrowserHost.AssertAccessibleAsync(page);

            await TabToAsync(page, "AI in Health Webinar Series");
            await page.Keyboard.PressAsync("Enter");
            await page.GetByRole(AriaRole.Heading, new() { Name = "AI in Health Webinar Series", Level = 1 }).WaitForAsync();
            await BrowserHost.AssertAccessibleAsync(page);
            await TabToAsync(page, "Enrol");
            await page.Keyboard.PressAsync("Enter");
            await page.GetByRole(AriaRole.Heading, new() { Name = "Enrol in AI in Health Webinar Series" }).WaitForAsync();
            await BrowserHost.AssertAccessibleAsync(page);
            await TabToAsync(page, "Enrol");
            await page.Keyboard.PressAsync("Enter");

            await BrowserHost.ArriveAtAsync(page, "/learning$");
            await page.GetByRole(AriaRole.Status).WaitForAsync();
            await page.GetByRole(AriaRole.Row).Filter(new() { HasText = "AI in Health Webinar Series" }).WaitForAsync();
            await BrowserHost.AssertAccessibleAsync(page);
            await TabToAsync(page, "My attendance in AI in Health Webinar Series");
            await page.Keyboard.PressAsync("Shift+Tab");
            await page.Keyboard.PressAsync("Tab");
            await page.Keyboard.PressAsync("Enter");
            await page.GetByRole(AriaRole.Heading, new() { Name = "My attendance", Level = 1 }).WaitForAsync();
            await BrowserHost.AssertAccessibleAsync(page);
        }
        catch (Exception failure)
        {
            throw await BrowserHost.FailedAsync(failure, (page, nameof(A_participant_signs_in_finds_a_webinar_and_enrols_with_the_keyboard_alone)));
        }
    }

    /// <summary>Presses Tab until the focused element's accessible name starts with <paramref name="name"/>, and checks the focus shows.</summary>
    private static async Task TabToAsync(IPage page, string name)
    {
        for (var presses = 0; presses < 80; presses++)
        {
            await page.Keyboard.PressAsync("Tab");
            var focused = await page.EvaluateAsync<string[]>("""
                () => {
                    const e = document.activeElement;
                    if (!e || e === document.body) return ['', ''];
                    const label = e.labels && e.labels.length ? e.labels[0].innerText : '';
                    const name = (e.getAttribute('aria-label') || label || e.innerText || e.value || '').trim().replace(/\s+/g, ' ');
                    const style = getComputedStyle(e);
                    return [name, style.outlineStyle + ' ' + style.outlineWidth];
                }
                """);
            if (focused[0].StartsWith(name, StringComparison.Ordinal))
            {
                Assert.False(focused[1].StartsWith("none", StringComparison.Ordinal), $"\"{name}\" has the focus but shows no outline ({focused[1]})");
                return;
            }
        }

        Assert.Fail($"\"{name}\" was not reached with Tab on {page.Url}");
    }
}

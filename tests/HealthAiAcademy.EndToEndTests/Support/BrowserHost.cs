using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace HealthAiAcademy.Tests.Support;

/// <summary>
/// The real host on Kestrel (a loopback port chosen by the OS, a fresh data folder) and Debian's Chromium driven by Playwright.
/// Nothing is downloaded: the browser is the system package (the README test command installs it).
/// </summary>
public class BrowserHost : IAsyncLifetime
{
    private IPlaywright? playwright;

    public AcademyFactory Factory { get; private set; } = null!;

    public IBrowser Browser { get; private set; } = null!;

    public Uri BaseAddress { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Factory = AcademyFactory.Create(null, await SettingsAsync());
        Factory.UseKestrel(0);
        Factory.StartServer();
        BaseAddress = Factory.ServerAddress;
        await StartedAsync();
        playwright = await Playwright.CreateAsync();
        Browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Environment.GetEnvironmentVariable("CHROMIUM_PATH") ?? "/usr/bin/chromium",
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
    }

    /// <summary>Settings of the host for the journeys of a fixture that needs other than the defaults.</summary>
    protected virtual Task<IReadOnlyDictionary<string, string?>?> SettingsAsync() => Task.FromResult<IReadOnlyDictionary<string, string?>?>(null);

    /// <summary>Runs once the host listens (its address is known).</summary>
    protected virtual Task StartedAsync() => Task.CompletedTask;

    /// <param name="locale">The browser's language, sent as Accept-Language: English unless a journey asks for another.</param>
    public async Task<IPage> NewPageAsync(string locale = "en-GB")
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = BaseAddress.ToString().TrimEnd('/'), Locale = locale });
        // Two cores shared with the host and Chromium: waits get room before they count as failures.
        context.SetDefaultTimeout(60_000);
        context.SetDefaultNavigationTimeout(60_000);
        return await context.NewPageAsync();
    }

    /// <summary>
    /// Waits until the page's address matches. Not <c>WaitForURLAsync</c>: in Playwright for .NET it can lose the load event it
    /// waits for (check-then-subscribe race, microsoft/playwright-dotnet#3364) and ignores <c>Commit</c> when the address already
    /// matches (#3365), which hung journeys for the full timeout on a rendered page. The web-first assertion polls the address
    /// itself; the locators that follow wait for the content.
    /// </summary>
    public static Task ArriveAtAsync(IPage page, string addressPattern) =>
        Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex(addressPattern), new() { Timeout = 60_000 });

    /// <summary>Runs axe on the page as it is now and fails on any WCAG 2.2 A or AA violation, naming rule and elements.</summary>
    public static async Task AssertAccessibleAsync(IPage page)
    {
        var result = await page.RunAxe(new Deque.AxeCore.Commons.AxeRunOptions
        {
            RunOnly = new Deque.AxeCore.Commons.RunOnlyOptions
            {
                Type = "tag",
                Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa"],
            },
        });
        var violations = result.Violations.Select(v => $"{v.Id} ({v.Impact}): {string.Join(", ", v.Nodes.Select(n => string.Join(" ", n.Target)))}").ToList();
        Assert.True(violations.Count == 0, $"axe on {page.Url}:\n{string.Join("\n", violations)}");
    }

    /// <summary>Signs in on the login page as a user would (the demo password unless another is given) and waits for the first page.</summary>
    public static async Task SignInAsync(IPage page, string email, string? password = null)
    {
        await page.GotoAsync("/account/login");
        await AssertAccessibleAsync(page);
        // By the fields' ids, not their labels: the page may be in Dutch or English.
        await page.Locator("#Input_Email").FillAsync(email);
        await page.Locator("#Input_Password").FillAsync(password ?? AcademyFactory.DemoPassword);
        await page.Locator("form:has(#Input_Email) button[type=submit]").ClickAsync();
        // Participants land in the catalog, staff on their dashboard.
        await ArriveAtAsync(page, "/(catalog|manage/dashboard)$");
        await page.GetByRole(AriaRole.Heading, new() { Level = 1 }).WaitForAsync();
        await AssertAccessibleAsync(page);
    }

    /// <summary>The JSON body of a set-up call through the API, which must have succeeded.</summary>
    public static async Task<System.Text.Json.JsonElement> JsonAsync(HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, body);
        return System.Text.Json.JsonDocument.Parse(body).RootElement.Clone();
    }

    /// <summary>
    /// The failure of a journey with what each of its pages showed (address and text), so a failure on a CI machine says
    /// more than which wait ran out; a screenshot of each page is kept in the test output folder as well.
    /// </summary>
    public static async Task<Exception> FailedAsync(Exception failure, params (IPage? Page, string Name)[] pages)
    {
        var shown = new System.Text.StringBuilder();
        foreach (var (page, name) in pages)
        {
            if (page is null || page.IsClosed)
            {
                continue;
            }

            try
            {
                var directory = Path.Combine(AppContext.BaseDirectory, "screenshots");
                Directory.CreateDirectory(directory);
                await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(directory, name + ".png"), FullPage = true, Timeout = 10_000 });
                var text = await page.Locator("body").InnerTextAsync(new LocatorInnerTextOptions { Timeout = 10_000 });
                shown.Append($"\n--- {name} at {page.Url}:\n{(text.Length > 2_000 ? text[..2_000] + " …" : text)}\n");
            }
            catch (PlaywrightException e)
            {
                shown.Append($"\n--- {name} at {page.Url}: could not be read ({e.Message.Split('\n')[0]})\n");
            }
        }

        return new JourneyFailedException(failure.Message + "\n\nWhat the pages showed:" + shown, failure);
    }

    public virtual async Task DisposeAsync()
    {
        await Browser.DisposeAsync();
        playwright?.Dispose();
        await Factory.DisposeAsync();
    }
}

/// <summary>A journey's failure together with what its pages showed at that moment.</summary>
public sealed class JourneyFailedException(string message, Exception inner) : Exception(message, inner);

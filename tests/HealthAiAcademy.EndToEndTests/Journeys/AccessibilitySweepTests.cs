using System.Text.RegularExpressions;
using HealthAiAcademy.Tests.Support;
using Microsoft.Playwright;

namespace HealthAiAcademy.EndToEndTests.Journeys;

/// <summary>The living demo (enrolments, hand-ins, certificates, applications): every page has real content to check.</summary>
public sealed class LivingDemoBrowserHost : BrowserHost
{
    protected override Task<IReadOnlyDictionary<string, string?>?> SettingsAsync() =>
        Task.FromResult<IReadOnlyDictionary<string, string?>?>(new Dictionary<string, string?> { ["Demo:Activity"] = "true" });
}

/// <summary>
/// Issue 14, item 8: axe on every page the journeys visit, for every role, in Dutch and in English. Each role signs in
/// with a Dutch and with an English browser and walks its pages of the living demo, following the links a person
/// would (the first offering, its roster, a hand-in…); every page must answer, say its language in <c>&lt;html lang&gt;</c>
/// and pass axe's WCAG 2.2 A/AA rules.
/// </summary>
public sealed class AccessibilitySweepTests(LivingDemoBrowserHost host) : IClassFixture<LivingDemoBrowserHost>
{
    private const string Id = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";

    /// <summary>
    /// A page to check: a path, or the first link on the page <paramref name="From"/> (a path or an earlier step) that
    /// matches; with <paramref name="Rewrite"/>, the link's <c>id</c> is put into that path instead.
    /// </summary>
    private sealed record Step(string Target, string? From = null, string? Rewrite = null);

    private static readonly Step[] ParticipantPages =
    [
        new("/catalog"), new($"^/catalog/{Id}$", "/catalog"), new($"^/catalog/{Id}/content$", $"^/catalog/{Id}$"),
        new("/learning"), new($"^/learning/attendance/{Id}$", "/learning"), new($"^/learning/offerings/{Id}/assessments$", "/learning"),
        new($"^/learning/offerings/{Id}/evaluation$", "/learning"),
        new("/learning/certificates"), new("/learning/cpd"), new("/learning/obligations"), new("/learning/notifications"), new("/calendar"),
        new("/account/profile"), new("/account/password"), new("/account/email"), new("/account/two-factor"), new("/privacy"),
    ];

    private static readonly Step[] StaffPages =
    [
        new("/manage/dashboard"), new("/grading"), new($"^/grading/submissions/{Id}$", "/grading"),
        new("/manage/offerings"), new($"^/manage/offerings/{Id}$", "/manage/offerings"),
        new($"^/manage/offerings/{Id}/roster$", $"^/manage/offerings/{Id}$"),
        new($"^/manage/offerings/{Id}/gradebook$", $"^/manage/offerings/{Id}$"),
        new($"^/manage/offerings/{Id}/questions$", $"^/manage/offerings/{Id}/gradebook$"),
        new($"^/manage/offerings/{Id}/announcements$", $"^/manage/offerings/{Id}$"),
        new($"^/manage/offerings/{Id}/evaluation$", $"^/manage/offerings/{Id}$"),
        new($"^/manage/offerings/{Id}/disclosures$", $"^/manage/offerings/{Id}$"),
        new($"^/manage/sessions/{Id}/attendance$", $"^/manage/offerings/{Id}$"),
        new($"^/manage/sessions/{Id}/reschedule$", $"^/manage/offerings/{Id}$"),
        // The gradebook of an offering with hand-ins: the grading queue names it.
        new($"^/grading\\?state=[^&]*&offeringId=(?<id>{Id})$", "/grading", "/manage/offerings/{id}/gradebook"),
        new($"^/manage/assessments/{Id}/edit$", $"^/grading\\?state=[^&]*&offeringId=(?<id>{Id})$"),
        new("/account/profile"),
    ];

    private static readonly Step[] CoordinatorPages =
    [
        .. StaffPages,
        new($"^/manage/offerings/{Id}/certificates$", $"^/manage/offerings/{Id}$"),
        new($"^/manage/offerings/{Id}/registry-exports$", $"^/manage/offerings/{Id}/certificates$"),
        new("/manage/offerings/new"), new("/manage/courses/new"),
        // Coordinators decide on training elsewhere (the demo's vendor training waits) and issue evidence reports.
        new("/manage/equivalents"), new("/manage/evidence-reports"),
    ];

    private static readonly Step[] AdministratorPages =
    [
        new("/admin/users"), new($"^/admin/users/{Id}$", "/admin/users"), new("/admin/users/invite"), new("/admin/audit"), new("/admin/outbox"),
        new("/manage/dashboard"),
        // The compliance pages with every form an administrator has (coordinators read them without the forms).
        new("/manage/organisation"), new($"^/manage/organisation/units/{Id}$", "/manage/organisation"), new("/manage/organisation/import"),
        new("/manage/ai-systems"), new($"^/manage/ai-systems/{Id}$", "/manage/ai-systems"), new("/manage/requirements"), new("/manage/api-clients"),
    ];

    public static TheoryData<string, string> RolesAndLanguages()
    {
        // Every role in Dutch, the default; in English the participant's and the coordinator's pages, which hold every page
        // the instructor sees and differ from the Dutch ones only in their words (the suite's time is measured on two cores).
        var data = new TheoryData<string, string>();
        foreach (var email in new[] { "participant@demo.local", "instructor@demo.local", "coordinator@demo.local", "admin@demo.local" })
        {
            data.Add(email, "nl-NL");
        }

        data.Add("participant@demo.local", "en-GB");
        data.Add("coordinator@demo.local", "en-GB");
        return data;
    }

    [Theory]
    [MemberData(nameof(RolesAndLanguages))]
    public async Task Every_page_of_the_role_passes_axe_in_the_language_of_the_browser(string email, string locale)
    {
        var steps = email switch
        {
            "participant@demo.local" => ParticipantPages,
            "instructor@demo.local" => StaffPages,
            "coordinator@demo.local" => CoordinatorPages,
            _ => AdministratorPages,
        };
        var page = await host.NewPageAsync(locale);
        try
        {
            await BrowserHost.SignInAsync(page, email);
            var visited = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var step in steps)
            {
                var address = step.Target.StartsWith('/') ? step.Target : await LinkAsync(page, step, visited);
                var response = await page.GotoAsync(address);
                Assert.True(response is { Ok: true }, $"{email} ({locale}): {address} answered {response?.Status}");
                visited[step.Target] = address;
                Assert.Equal(locale[..2], await page.Locator("html").GetAttributeAsync("lang"));
                await BrowserHost.AssertAccessibleAsync(page);
            }

            Assert.Equal(steps.Length, visited.Count);
        }
        catch (Exception failure)
        {
            throw await BrowserHost.FailedAsync(failure, (page, $"sweep-{email.Split('@')[0]}-{locale}"));
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }

    /// <summary>The first link on the step's source page whose address matches the step.</summary>
    private static async Task<string> LinkAsync(IPage page, Step step, Dictionary<string, string> visited)
    {
        var from = step.From!.StartsWith('/') ? step.From : visited[step.From];
        if (new Uri(page.Url).PathAndQuery != from)
        {
            await page.GotoAsync(from);
        }

        var pattern = new Regex(step.Target);
        var links = await page.Locator("a[href]").EvaluateAllAsync<string[]>("links => links.map(a => a.getAttribute('href'))");
        var link = links.FirstOrDefault(href => pattern.IsMatch(step.Target.Contains("\\?", StringComparison.Ordinal) ? href : href.Split('?')[0]))
            ?? throw new Xunit.Sdk.XunitException($"{from} has no link matching {step.Target}; it links to: {string.Join(", ", links.Distinct().Take(40))}");
        return step.Rewrite is null ? link : step.Rewrite.Replace("{id}", pattern.Match(link).Groups["id"].Value, StringComparison.Ordinal);
    }
}

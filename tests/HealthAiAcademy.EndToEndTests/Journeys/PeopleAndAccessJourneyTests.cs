using System.Text.RegularExpressions;
using HealthAiAcademy.BuildingBlocks.Authorization;
using HealthAiAcademy.Host.Identity;
using HealthAiAcademy.Host.Identity.Features.Shared;
using HealthAiAcademy.Tests.Support;
using Microsoft.Playwright;

namespace HealthAiAcademy.EndToEndTests.Journeys;

/// <summary>A host where coordinators must use an authenticator app, as outside Development by default.</summary>
public sealed class TwoFactorBrowserHost : BrowserHost
{
    protected override Task<IReadOnlyDictionary<string, string?>?> SettingsAsync() =>
        Task.FromResult<IReadOnlyDictionary<string, string?>?>(new Dictionary<string, string?> { ["Accounts:RequireTwoFactorFor"] = "Coordinator" });
}

public sealed partial class PeopleAndAccessJourneyTests(TwoFactorBrowserHost host) : IClassFixture<TwoFactorBrowserHost>
{
    [Fact]
    public async Task An_administrator_invites_a_coordinator_who_sets_a_password_enrols_an_authenticator_and_assigns_an_instructor_by_name()
    {
        await host.Factory.WithScopeAsync<AccountCreation>(accounts => accounts.CreateAsync(
            new RegistrationInput("henk.docent@umc.example", "Henk-Docent-2026", "Henk de Docent", null, null), Roles.Instructor, emailConfirmed: true, CancellationToken.None));
        var admin = await host.NewPageAsync();
        var coordinator = await host.NewPageAsync();
        try
        {
            await BrowserHost.SignInAsync(admin, "admin@demo.local");
            await admin.GetByRole(AriaRole.Link, new() { Name = "People" }).ClickAsync();
            await BrowserHost.ArriveAtAsync(admin, "/admin/users$");
            await BrowserHost.AssertAccessibleAsync(admin);
            await admin.GetByRole(AriaRole.Link, new() { Name = "Invite a person" }).ClickAsync();
            await BrowserHost.AssertAccessibleAsync(admin);
            await admin.GetByLabel("Email").FillAsync("carla.coordinator@umc.example");
            await admin.GetByLabel("Full name").FillAsync("Carla Coördinator");
            await admin.GetByLabel("Coordinator").CheckAsync();
            await admin.GetByLabel("Language of the invitation").SelectOptionAsync("en");
            await admin.GetByRole(AriaRole.Button, new() { Name = "Send the invitation" }).ClickAsync();
            await admin.GetByRole(AriaRole.Status).Filter(new() { HasText = "Carla Coördinator is invited" }).WaitForAsync();
            await BrowserHost.AssertAccessibleAsync(admin);

            var link = host.Factory.LinkInMail("carla.coordinator@umc.example", "/account/set-password");
            Assert.NotNull(link);
            await coordinator.GotoAsync(link);
            await BrowserHost.AssertAccessibleAsync(coordinator);
            await coordinator.GetByLabel("Password", new() { Exact = true }).FillAsync("Carla-Coordinates-2026");
            await coordinator.GetByLabel("Repeat the password").FillAsync("Carla-Coordinates-2026");
            await coordinator.GetByRole(AriaRole.Button, new() { Name = "Save and sign in" }).ClickAsync();

            // Her role requires a second factor: every page waits until she has one.
            await BrowserHost.ArriveAtAsync(coordinator, "/account/two-factor\\?required=true$");
            await BrowserHost.AssertAccessibleAsync(coordinator);
            var key = await coordinator.Locator("[data-testid=authenticator-key]").InnerTextAsync();
            await coordinator.GetByLabel("Code from the app").FillAsync(Totp.Code(key));
            await coordinator.GetByRole(AriaRole.Button, new() { Name = "Turn on two-step sign-in" }).ClickAsync();
            await coordinator.GetByRole(AriaRole.Heading, new() { Name = "Your recovery codes" }).WaitForAsync();
            Assert.Equal(10, await coordinator.Locator(".recovery-codes li").CountAsync());
            await BrowserHost.AssertAccessibleAsync(coordinator);

            await coordinator.GotoAsync("/manage/offerings");
            await BrowserHost.AssertAccessibleAsync(coordinator);
            await coordinator.GetByRole(AriaRole.Row).Filter(new() { HasText = "AI in Health Webinar Series" }).GetByRole(AriaRole.Link).First.ClickAsync();
            await BrowserHost.ArriveAtAsync(coordinator, "/manage/offerings/[0-9a-f-]{36}$");
            var instructors = coordinator.GetByRole(AriaRole.Group, new() { Name = "Instructors", Exact = true });
            var search = instructors.GetByRole(AriaRole.Combobox);
            await search.PressSequentiallyAsync("Henk", new() { Delay = 50 });
            var suggestion = instructors.GetByRole(AriaRole.Option, new() { Name = "Henk de Docent – henk.docent@umc.example" });
            await suggestion.WaitForAsync();
            await BrowserHost.AssertAccessibleAsync(coordinator);
            await search.PressAsync("ArrowDown");
            await search.PressAsync("Enter");
            Assert.Equal("henk.docent@umc.example", await search.InputValueAsync());
            await coordinator.GetByRole(AriaRole.Button, new() { Name = "Save changes" }).ClickAsync();
            await coordinator.GetByRole(AriaRole.Status).Filter(new() { HasText = "The offering is saved." }).WaitForAsync();
            Assert.True(await instructors.GetByLabel("Henk de Docent (henk.docent@umc.example)").IsCheckedAsync());
            Assert.DoesNotMatch(GuidPattern(), await instructors.InnerHTMLAsync());
            await BrowserHost.AssertAccessibleAsync(coordinator);

            // The administrator sees what happened to the account, and who did it.
            await admin.GotoAsync("/admin/users?search=carla");
            await admin.GetByRole(AriaRole.Link, new() { Name = "Carla Coördinator" }).ClickAsync();
            await admin.GetByRole(AriaRole.Cell, new() { Name = "Two-step sign-in turned on" }).WaitForAsync();
            await admin.GetByRole(AriaRole.Cell, new() { Name = "Password chosen" }).WaitForAsync();
            await BrowserHost.AssertAccessibleAsync(admin);

            // The audit trail answers who changed the offering, and from what.
            await admin.GetByRole(AriaRole.Link, new() { Name = "Audit trail" }).ClickAsync();
            await BrowserHost.ArriveAtAsync(admin, "/admin/audit$");
            await admin.GetByLabel("Done by (email)").FillAsync("carla.coordinator@umc.example");
            await admin.GetByLabel("Action").SelectOptionAsync(new SelectOptionValue { Label = "Offering changed" });
            await admin.GetByRole(AriaRole.Button, new() { Name = "Filter", Exact = true }).ClickAsync();
            var row = admin.GetByRole(AriaRole.Row).Filter(new() { HasText = "Carla Coördinator" });
            await row.Filter(new() { HasText = "Instructors:" }).First.WaitForAsync();
            Assert.Contains("AI in Health Webinar Series", await row.First.InnerTextAsync());
            await BrowserHost.AssertAccessibleAsync(admin);
            await admin.GetByLabel("Done by (email)").FillAsync("nobody@umc.example");
            await admin.GetByRole(AriaRole.Button, new() { Name = "Filter", Exact = true }).ClickAsync();
            await admin.GetByRole(AriaRole.Alert).Filter(new() { HasText = "No account has this email address." }).WaitForAsync();
            await BrowserHost.AssertAccessibleAsync(admin);
        }
        catch (Exception failure)
        {
            throw await BrowserHost.FailedAsync(failure, (admin, "invite-admin"), (coordinator, "invite-coordinator"));
        }
    }

    [Fact]
    public async Task A_participant_who_forgot_the_password_resets_it_from_the_email()
    {
        await host.Factory.WithScopeAsync<AccountCreation>(accounts => accounts.CreateAsync(
            new RegistrationInput("vergeetachtig@umc.example", "Forgotten-Pass-2026", "Vera Vergeet", null, null), Roles.Participant, emailConfirmed: true, CancellationToken.None));
        var page = await host.NewPageAsync();
        try
        {
            await page.GotoAsync("/account/login");
            await page.GetByRole(AriaRole.Link, new() { Name = "Forgot your password?" }).ClickAsync();
            await BrowserHost.AssertAccessibleAsync(page);
            await page.GetByLabel("Email").FillAsync("vergeetachtig@umc.example");
            await page.GetByRole(AriaRole.Button, new() { Name = "Send the link" }).ClickAsync();
            await page.GetByRole(AriaRole.Heading, new() { Name = "Check your email" }).WaitForAsync();
            await BrowserHost.AssertAccessibleAsync(page);

            var link = host.Factory.LinkInMail("vergeetachtig@umc.example", "/account/reset-password");
            Assert.NotNull(link);
            await page.GotoAsync(link);
            await BrowserHost.AssertAccessibleAsync(page);
            await page.GetByLabel("New password", new() { Exact = true }).FillAsync("Remembered-Pass-2027");
            await page.GetByLabel("Repeat the new password").FillAsync("Something-Else-2027");
            await page.GetByRole(AriaRole.Button, new() { Name = "Save the new password" }).ClickAsync();
            var summary = page.GetByRole(AriaRole.Alert).Filter(new() { HasText = "There is a problem" });
            await summary.GetByRole(AriaRole.Link, new() { Name = "The passwords do not match." }).WaitForAsync();
            await Assertions.Expect(summary).ToBeFocusedAsync();
            await BrowserHost.AssertAccessibleAsync(page);
            await page.GetByLabel("New password", new() { Exact = true }).FillAsync("Remembered-Pass-2027");
            await page.GetByLabel("Repeat the new password").FillAsync("Remembered-Pass-2027");
            await page.GetByRole(AriaRole.Button, new() { Name = "Save the new password" }).ClickAsync();
            await page.GetByRole(AriaRole.Status).Filter(new() { HasText = "Your new password is saved." }).WaitForAsync();
            await BrowserHost.AssertAccessibleAsync(page);

            await BrowserHost.SignInAsync(page, "vergeetachtig@umc.example", "Remembered-Pass-2027");

            // The rest of the account pages, as their owner opens them from the profile.
            foreach (var (linkName, heading) in new[]
                     {
                         ("Change your password", "Change your password"), ("Change your email address", "Change your email address"),
                         ("Two-step sign-in", "Two-step sign-in"),
                     })
            {
                await page.GotoAsync("/account/profile");
                await BrowserHost.AssertAccessibleAsync(page);
                await page.GetByRole(AriaRole.Link, new() { Name = linkName, Exact = true }).ClickAsync();
                await page.GetByRole(AriaRole.Heading, new() { Name = heading, Level = 1 }).WaitForAsync();
                await BrowserHost.AssertAccessibleAsync(page);
            }

            await page.GotoAsync("/account/confirm-email");
            await BrowserHost.AssertAccessibleAsync(page);

            await page.GotoAsync(link);
            await page.GetByRole(AriaRole.Heading, new() { Name = "This link no longer works" }).WaitForAsync();
            await BrowserHost.AssertAccessibleAsync(page);
        }
        catch (Exception failure)
        {
            throw await BrowserHost.FailedAsync(failure, (page, "reset-password"));
        }
    }

    [GeneratedRegex("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")]
    private static partial Regex GuidPattern();
}

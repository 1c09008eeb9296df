using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using HealthAiAcademy.Tests.Support;

namespace HealthAiAcademy.IntegrationTests.Identity;

/// <summary>Each person's own account: reset, confirmation, changes, sessions that end, a second factor (issue 12, items 3, 5, 6).</summary>
public sealed partial class AccountLifecycleTests(AcademyFactory factory) : IClassFixture<AcademyFactory>
{
    private const string Password = "Lifecycle-Pass-2026";
    private const string NewPassword = "Lifecycle-Pass-2027";

    [Fact]
    public async Task A_forgotten_password_is_reset_from_the_emailed_link_once()
    {
        var email = await RegisterAsync();
        var browser = factory.CreateClient(new() { HandleCookies = true, AllowAutoRedirect = false });
        var token = await AccountPagesTests.AntiforgeryTokenAsync(browser, "/account/forgot-password");

        var asked = await browser.PostAsync("/account/forgot-password", AccountPagesTests.Form(token, new() { ["Email"] = email }));
        var link = factory.LinkInMail(email, "/account/reset-password");
        Assert.Equal("/account/check-email?reason=reset", asked.Headers.Location!.OriginalString);
        Assert.NotNull(link);

        var reset = await PostResetAsync(browser, link, NewPassword);
        var oldPassword = await factory.CreateClient().PostAsJsonAsync("/api/auth/login", new { email, password = Password });
        var newPassword = await factory.CreateClient().PostAsJsonAsync("/api/auth/login", new { email, password = NewPassword });
        var reused = await factory.CreateClient().GetStringAsync(link);

        Assert.Equal(HttpStatusCode.Redirect, reset.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, oldPassword.StatusCode);
        Assert.Equal(HttpStatusCode.OK, newPassword.StatusCode);
        Assert.Contains("This link no longer works", reused);
    }

    [Fact]
    public async Task A_broken_or_forged_link_gets_a_page_that_offers_a_new_one()
    {
        var client = factory.CreateClient();

        foreach (var url in new[]
                 {
                     "/account/reset-password?userId=nonsense&token=%%%",
                     $"/account/reset-password?userId={Guid.NewGuid()}&token=abc",
                     $"/account/set-password?userId={Guid.NewGuid()}&token=abc",
                     "/account/confirm-email?userId=x&token=y",
                     $"/account/confirm-email-change?userId={Guid.NewGuid()}&token=abc&email=a@b.example",
                 })
        {
            var response = await client.GetAsync(url);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Contains("no longer works", await response.Content.ReadAsStringAsync());
        }
    }

    [Fact]
    public async Task A_reused_refresh_token_ends_its_whole_sign_in()
    {
        var email = await RegisterAsync();
        var client = factory.CreateClient();
        var first = await (await client.PostAsJsonAsync("/api/auth/login", new { email, password = Password })).Content.ReadFromJsonAsync<AcademyFactory.TokenResponse>();

        var second = await client.PostAsJsonAsync("/api/auth/refresh", new { refreshToken = first!.RefreshToken });
        var rotated = await second.Content.ReadFromJsonAsync<AcademyFactory.TokenResponse>();
        var replay = await client.PostAsJsonAsync("/api/auth/refresh", new { refreshToken = first.RefreshToken });
        var afterReplay = await client.PostAsJsonAsync("/api/auth/refresh", new { refreshToken = rotated!.RefreshToken });

        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.NotEqual(first.RefreshToken, rotated.RefreshToken);
        var problem = await replay.AssertProblemAsync(HttpStatusCode.Unauthorized);
        Assert.Contains("used before", problem.GetProperty("detail").GetString());
        Assert.Equal(HttpStatusCode.Unauthorized, afterReplay.StatusCode);
    }

    [Fact]
    public async Task Failed_sign_ins_back_off_per_address_the_same_whether_or_not_it_has_an_account()
    {
        var known = await RegisterAsync();
        var unknown = $"{Guid.NewGuid():N}@umc.example";
        var client = factory.CreateClient();
        var answers = new Dictionary<string, (HttpStatusCode Status, string? Title, string? Detail)>();

        foreach (var email in new[] { known, unknown })
        {
            for (var attempt = 0; attempt < 10; attempt++)
            {
                await client.PostAsJsonAsync("/api/auth/login", new { email, password = "Wrong-Password-1" });
            }

            var right = await client.PostAsJsonAsync("/api/auth/login", new { email, password = email == known ? Password : "Wrong-Password-1" });
            var json = await right.Content.ReadFromJsonAsync<JsonElement>();
            Assert.True(right.Headers.RetryAfter?.Delta > TimeSpan.Zero, "a throttled answer says how long to wait");
            answers[email] = (right.StatusCode, json.GetProperty("title").GetString(), json.GetProperty("detail").GetString());
        }

        Assert.Equal(HttpStatusCode.TooManyRequests, answers[known].Status);
        Assert.Equal(answers[known], answers[unknown]);

        // A colleague's address is slowed, not locked: a reset link lifts the back-off at once.
        var browser = factory.CreateClient(new() { HandleCookies = true, AllowAutoRedirect = false });
        await factory.CreateClient().PostAsJsonAsync("/api/auth/forgot-password", new { email = known });
        await PostResetAsync(browser, factory.LinkInMail(known, "/account/reset-password")!, NewPassword);
        var afterReset = await factory.CreateClient().PostAsJsonAsync("/api/auth/login", new { email = known, password = NewPassword });
        Assert.Equal(HttpStatusCode.OK, afterReset.StatusCode);
    }

    [Fact]
    public async Task Changing_the_password_ends_every_session_and_tells_the_owner()
    {
        var email = await RegisterAsync();
        var elsewhere = await factory.CreateClientForAsync(email, Password);
        var here = await factory.CreateClientForAsync(email, Password);

        var wrong = await here.PostAsJsonAsync("/api/auth/password", new { currentPassword = "Not-It-2026", newPassword = NewPassword });
        var weak = await here.PostAsJsonAsync("/api/auth/password", new { currentPassword = Password, newPassword = "short" });
        var changed = await here.PostAsJsonAsync("/api/auth/password", new { currentPassword = Password, newPassword = NewPassword });
        var oldSession = await elsewhere.GetAsync("/api/auth/me");

        await wrong.AssertValidationProblemAsync("currentPassword");
        await weak.AssertValidationProblemAsync("newPassword");
        Assert.Equal(HttpStatusCode.NoContent, changed.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, oldSession.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await factory.CreateClient().PostAsJsonAsync("/api/auth/login", new { email, password = NewPassword })).StatusCode);
    }

    [Fact]
    public async Task Sign_out_everywhere_ends_cookies_and_tokens()
    {
        var email = await RegisterAsync();
        var cookie = await factory.CreateCookieClientForAsync(email, password: Password);
        var bearer = await factory.CreateClientForAsync(email, Password);

        var ended = await bearer.PostAsync("/api/auth/sessions/revocation", null);
        var cookieAfter = await cookie.GetAsync("/api/auth/me");
        var bearerAfter = await bearer.GetAsync("/api/auth/me");

        Assert.Equal(HttpStatusCode.NoContent, ended.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, cookieAfter.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, bearerAfter.StatusCode);
    }

    [Fact]
    public async Task An_email_change_happens_when_the_new_address_confirms_it_and_the_old_one_is_told()
    {
        var email = await RegisterAsync();
        var newEmail = $"{Guid.NewGuid():N}@umc.example";
        var client = await factory.CreateClientForAsync(email, Password);

        var taken = await client.PostAsJsonAsync("/api/auth/email", new { newEmail = "nurse@demo.local", currentPassword = Password });
        var asked = await client.PostAsJsonAsync("/api/auth/email", new { newEmail, currentPassword = Password });
        var link = factory.LinkInMail(newEmail, "/account/confirm-email-change");
        var beforeConfirm = await factory.CreateClient().PostAsJsonAsync("/api/auth/login", new { email = newEmail, password = Password });
        var confirmed = await factory.CreateClient().GetStringAsync(link);

        Assert.Equal(HttpStatusCode.Accepted, taken.StatusCode);
        Assert.Equal(0, factory.MailCount("nurse@demo.local"));
        Assert.Equal(HttpStatusCode.Accepted, asked.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, beforeConfirm.StatusCode);
        Assert.Contains("Your account now uses this address", confirmed);
        Assert.Equal(HttpStatusCode.OK, (await factory.CreateClient().PostAsJsonAsync("/api/auth/login", new { email = newEmail, password = Password })).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/api/auth/me")).StatusCode);
        Assert.True(factory.MailCount(email) >= 1, "the old address hears of the change");
    }

    [Fact]
    public async Task With_an_authenticator_app_a_sign_in_needs_its_code()
    {
        var email = await RegisterAsync();
        var browser = await factory.CreateCookieClientForAsync(email, password: Password);
        var setup = await browser.GetStringAsync("/account/two-factor");
        var key = KeyPattern().Match(setup).Groups[1].Value;
        var token = await AccountPagesTests.AntiforgeryTokenAsync(browser, "/account/two-factor");

        var wrong = await browser.PostAsync("/account/two-factor", AccountPagesTests.Form(token, new() { ["Code"] = "000000" }));
        var enabled = await browser.PostAsync("/account/two-factor", AccountPagesTests.Form(token, new() { ["Code"] = Totp.Code(key) }));
        var page = await enabled.Content.ReadAsStringAsync();
        var recovery = RecoveryPattern().Matches(page).Select(m => m.Groups[1].Value).ToList();

        Assert.Contains("That code is not right", await wrong.Content.ReadAsStringAsync());
        Assert.Equal(10, recovery.Count);
        var withoutCode = await factory.CreateClient().PostAsJsonAsync("/api/auth/login", new { email, password = Password });
        var withCode = await factory.CreateClient().PostAsJsonAsync("/api/auth/login", new { email, password = Password, twoFactorCode = Totp.Code(key) });
        var withRecovery = await factory.CreateClient().PostAsJsonAsync("/api/auth/login", new { email, password = Password, twoFactorRecoveryCode = recovery[0] });
        var recoveryAgain = await factory.CreateClient().PostAsJsonAsync("/api/auth/login", new { email, password = Password, twoFactorRecoveryCode = recovery[0] });

        var problem = await withoutCode.AssertProblemAsync(HttpStatusCode.Unauthorized);
        Assert.Contains("twoFactorCode", problem.GetProperty("detail").GetString());
        Assert.Equal(HttpStatusCode.OK, withCode.StatusCode);
        Assert.Equal(HttpStatusCode.OK, withRecovery.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, recoveryAgain.StatusCode);
    }

    [Fact]
    public async Task Opening_the_two_step_page_keeps_every_session_of_the_person()
    {
        var email = await RegisterAsync();
        var browser = await factory.CreateCookieClientForAsync(email, password: Password);
        var bearer = await factory.CreateClientForAsync(email, Password);
        var stampBefore = await StampAsync(email);

        var first = await browser.GetStringAsync("/account/two-factor");
        var again = await browser.GetStringAsync("/account/two-factor");

        // The stamp decides whether a session has ended (SecurityStampCache re-reads it every 30 s): a key that is only
        // shown, not yet enabled, must leave it alone, and the same key is shown until it is enabled.
        Assert.Equal(stampBefore, await StampAsync(email));
        Assert.Equal(KeyPattern().Match(first).Groups[1].Value, KeyPattern().Match(again).Groups[1].Value);
        Assert.Equal(HttpStatusCode.OK, (await bearer.GetAsync("/api/auth/me")).StatusCode);
    }

    private Task<string?> StampAsync(string email) =>
        factory.WithScopeAsync<Microsoft.AspNetCore.Identity.UserManager<HealthAiAcademy.Host.Identity.AcademyUser>, string?>(
            async users => (await users.FindByEmailAsync(email))!.SecurityStamp);

    [Fact]
    public async Task Where_a_role_requires_a_second_factor_its_pages_wait_for_one_and_no_token_is_issued()
    {
        await using var host = AcademyFactory.Create(null, new Dictionary<string, string?> { ["Accounts:RequireTwoFactorFor"] = "Administrator,Coordinator" });
        var coordinator = await host.CreateCookieClientForAsync("coordinator@demo.local");
        var participant = await host.CreateCookieClientForAsync("participant@demo.local");

        var page = await coordinator.GetAsync("/manage/offerings");
        var token = await host.CreateClient().PostAsJsonAsync("/api/auth/login", new { email = "coordinator@demo.local", password = AcademyFactory.DemoPassword });
        var participantPage = await participant.GetAsync("/learning");

        Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
        Assert.Equal("/account/two-factor?required=true", page.Headers.Location!.OriginalString);
        await token.AssertProblemAsync(HttpStatusCode.Forbidden);
        Assert.Equal(HttpStatusCode.OK, participantPage.StatusCode);
    }

    [Fact]
    public async Task A_cookie_ends_after_its_absolute_lifetime_however_active()
    {
        await using var host = AcademyFactory.Create(null, new Dictionary<string, string?> { ["Accounts:CookieAbsoluteLifetime"] = "00:00:02" });
        var client = await host.CreateCookieClientForAsync("participant@demo.local");

        var during = await client.GetAsync("/api/auth/me");
        await Task.Delay(TimeSpan.FromSeconds(3));
        var after = await client.GetAsync("/api/auth/me");

        Assert.Equal(HttpStatusCode.OK, during.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, after.StatusCode);
    }

    private async Task<string> RegisterAsync()
    {
        var email = $"{Guid.NewGuid():N}@umc.example";
        (await factory.CreateClient().PostAsJsonAsync("/api/auth/register", new { email, password = Password, fullName = "Lotte Levensloop" })).EnsureSuccessStatusCode();
        return email;
    }

    private static async Task<HttpResponseMessage> PostResetAsync(HttpClient browser, string link, string password)
    {
        var token = await AccountPagesTests.AntiforgeryTokenAsync(browser, link);
        var query = System.Web.HttpUtility.ParseQueryString(new Uri("http://x" + link).Query);
        return await browser.PostAsync(link, AccountPagesTests.Form(token, new()
        {
            ["UserId"] = query["userId"]!, ["Token"] = query["token"]!, ["NewPassword"] = password, ["ConfirmPassword"] = password,
        }));
    }

    [GeneratedRegex("data-testid=\"authenticator-key\">([^<]+)<")]
    private static partial Regex KeyPattern();

    [GeneratedRegex("<li><code>([^<]+)</code></li>")]
    private static partial Regex RecoveryPattern();
}

using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using HealthAiAcademy.Host.Identity.Data;
using HealthAiAcademy.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace HealthAiAcademy.IntegrationTests.Identity;

/// <summary>Signing in through the hospital's OpenID Connect provider, a real one started on loopback (issue 12, item 4).</summary>
public sealed partial class SingleSignOnTests(SingleSignOnTests.Hosts hosts) : IClassFixture<SingleSignOnTests.Hosts>
{
    private TestOpenIdProvider Provider => hosts.Provider;

    private AcademyFactory Academy => hosts.Academy;

    /// <summary>The provider with five people, and an academy that trusts it, shared by the tests of this class.</summary>
    public sealed class Hosts : IAsyncLifetime
    {
        public TestOpenIdProvider Provider { get; private set; } = null!;

        public AcademyFactory Academy { get; private set; } = null!;

        public async Task InitializeAsync()
        {
            Provider = await TestOpenIdProvider.StartAsync(
                new TestOpenIdProvider.Person("fleur", "fleur.visser@umc.example", "Fleur Visser"),
                new TestOpenIdProvider.Person("noor", "nurse@demo.local", "Noor Bakker"),
                new TestOpenIdProvider.Person("gert", "gert.groep@umc.example", "Gert Groep", true, "ai-lab-coordinators", "all-staff"),
                new TestOpenIdProvider.Person("vera", "vera.vaag@umc.example", "Vera Vaag", EmailVerified: false),
                new TestOpenIdProvider.Person("ingrid", "instructor@demo.local", "Dr. Ingrid Instructor"));
            var settings = Provider.AcademySettings();
            settings["SingleSignOn:DisableLocalPasswordsForStaff"] = "true";
            Academy = AcademyFactory.Create(null, settings);
            Academy.UseKestrel(0);
            Academy.StartServer();
            await Provider.RegisterAcademyAsync(Academy.ServerAddress);
        }

        public async Task DisposeAsync()
        {
            await Academy.DisposeAsync();
            await Provider.DisposeAsync();
        }
    }

    [Fact]
    public async Task The_first_sign_in_creates_a_participant_and_the_next_ones_reuse_the_account()
    {
        var (first, page) = await SignInThroughProviderAsync("fleur");
        var (second, _) = await SignInThroughProviderAsync("fleur");

        Assert.EndsWith("/learning", page.RequestMessage!.RequestUri!.AbsolutePath);
        var me = await first.GetFromJsonAsync<JsonElement>("/api/auth/me");
        Assert.Equal("Fleur Visser", me.GetProperty("fullName").GetString());
        Assert.Equal(["Participant"], me.GetProperty("roles").EnumerateArray().Select(r => r.GetString()));
        Assert.Equal(me.GetProperty("id").GetGuid(), (await second.GetFromJsonAsync<JsonElement>("/api/auth/me")).GetProperty("id").GetGuid());
        var accounts = await Academy.WithScopeAsync<AcademyIdentityDbContext, int>(db => db.Users.CountAsync(u => u.Email == "fleur.visser@umc.example"));
        Assert.Equal(1, accounts);
    }

    [Fact]
    public async Task A_verified_email_links_the_existing_account_and_the_link_is_recorded()
    {
        var (client, _) = await SignInThroughProviderAsync("noor");

        var me = await client.GetFromJsonAsync<JsonElement>("/api/auth/me");
        Assert.Equal("nurse@demo.local", me.GetProperty("email").GetString());
        var linked = await Academy.WithScopeAsync<AcademyIdentityDbContext, bool>(db =>
            db.AccountChanges.AnyAsync(c => c.Kind == Host.Identity.AccountChangeKind.ExternalLoginLinked && c.UserId == me.GetProperty("id").GetGuid()));
        Assert.True(linked);
    }

    [Fact]
    public async Task A_mapped_group_becomes_a_role_recorded_as_the_providers_decision()
    {
        var (client, _) = await SignInThroughProviderAsync("gert");

        var me = await client.GetFromJsonAsync<JsonElement>("/api/auth/me");
        Assert.Contains("Coordinator", me.GetProperty("roles").EnumerateArray().Select(r => r.GetString()));
        var actor = await Academy.WithScopeAsync<AcademyIdentityDbContext, string>(db => db.AccountChanges
            .Where(c => c.UserId == me.GetProperty("id").GetGuid() && c.Kind == Host.Identity.AccountChangeKind.RoleGranted).Select(c => c.ActorName).SingleAsync());
        Assert.Equal("single sign-on (UMC Login)", actor);
    }

    [Fact]
    public async Task An_unverified_email_links_nothing_and_creates_nothing()
    {
        var (client, page) = await SignInThroughProviderAsync("vera");

        Assert.Equal(HttpStatusCode.Forbidden, page.StatusCode);
        Assert.Contains("did not confirm your email address", await page.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/api/auth/me")).StatusCode);
        Assert.False(await Academy.WithScopeAsync<AcademyIdentityDbContext, bool>(db => db.Users.AnyAsync(u => u.Email == "vera.vaag@umc.example")));
    }

    [Fact]
    public async Task With_local_passwords_off_for_staff_an_instructor_uses_the_provider_and_participants_keep_passwords()
    {
        using var client = new HttpClient { BaseAddress = Academy.ServerAddress };

        var instructor = await client.PostAsJsonAsync("/api/auth/login", new { email = "instructor@demo.local", password = AcademyFactory.DemoPassword });
        var participant = await client.PostAsJsonAsync("/api/auth/login", new { email = "participant@demo.local", password = AcademyFactory.DemoPassword });
        var (sso, _) = await SignInThroughProviderAsync("ingrid");

        var problem = await instructor.AssertProblemAsync(HttpStatusCode.Unauthorized);
        Assert.Contains("single sign-on", problem.GetProperty("detail").GetString());
        Assert.Equal(HttpStatusCode.OK, participant.StatusCode);
        Assert.Equal("instructor@demo.local", (await sso.GetFromJsonAsync<JsonElement>("/api/auth/me")).GetProperty("email").GetString());
        var loginPage = await client.GetStringAsync("/account/login");
        Assert.Contains("Sign in with UMC Login", loginPage);
    }

    /// <summary>What a browser does: the academy's button, the provider's sign-in form, back to the academy signed in.</summary>
    private async Task<(HttpClient Client, HttpResponseMessage Page)> SignInThroughProviderAsync(string userName)
    {
        var client = new HttpClient(new HttpClientHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = true }) { BaseAddress = Academy.ServerAddress };
        var token = await AccountPagesTests.AntiforgeryTokenAsync(client, "/account/login");
        var providerPage = await client.PostAsync("/account/external-login", AccountPagesTests.Form(token, new() { ["returnUrl"] = "/learning" }));
        var html = await providerPage.Content.ReadAsStringAsync();
        Assert.Contains("UMC Login", html);
        var fields = HiddenField().Matches(html).ToDictionary(m => WebUtility.HtmlDecode(m.Groups["name"].Value), m => WebUtility.HtmlDecode(m.Groups["value"].Value));
        fields["username"] = userName;
        var back = await client.PostAsync(new Uri(Provider.Authority, "/connect/authorize"), new FormUrlEncodedContent(fields));
        return (client, back);
    }

    [GeneratedRegex("<input type=\"hidden\" name=\"(?<name>[^\"]+)\" value=\"(?<value>[^\"]*)\">")]
    private static partial Regex HiddenField();
}

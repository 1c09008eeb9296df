using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using HealthAiAcademy.Host.Identity.Data;
using HealthAiAcademy.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace HealthAiAcademy.IntegrationTests.Identity;

/// <summary>Administrators give people access: invite, roles, deactivation, with every change recorded (issue 12, item 1).</summary>
public sealed class PeopleAdministrationTests(AcademyFactory factory) : IClassFixture<AcademyFactory>
{
    private const string Password = "Invited-Pass-2026";

    [Fact]
    public async Task An_invited_coordinator_chooses_a_password_from_the_emailed_link_which_then_stops_working()
    {
        var admin = await factory.CreateClientForAsync("admin@demo.local");
        var email = $"{Guid.NewGuid():N}@umc.example";

        var invited = await admin.PostAsJsonAsync("/api/admin/users/invitations", new { email, fullName = "Carla Coördinator", roles = new[] { "Coordinator" }, language = "nl" });
        Assert.Equal(HttpStatusCode.Created, invited.StatusCode);
        var link = factory.LinkInMail(email, "/account/set-password");
        Assert.NotNull(link);

        var browser = factory.CreateClient(new() { HandleCookies = true, AllowAutoRedirect = false });
        var page = await browser.GetStringAsync(link);
        Assert.Contains(email, page);
        var token = await AccountPagesTests.AntiforgeryTokenAsync(browser, link);
        var query = System.Web.HttpUtility.ParseQueryString(new Uri("http://x" + link).Query);
        var set = await browser.PostAsync(link, AccountPagesTests.Form(token, new()
        {
            ["UserId"] = query["userId"]!, ["Token"] = query["token"]!, ["Password"] = Password, ["ConfirmPassword"] = Password,
        }));
        Assert.Equal(HttpStatusCode.Redirect, set.StatusCode);

        var coordinator = await factory.CreateClientForAsync(email, Password);
        var me = await coordinator.GetFromJsonAsync<JsonElement>("/api/auth/me");
        Assert.Contains("Coordinator", me.GetProperty("roles").EnumerateArray().Select(r => r.GetString()));

        var again = await factory.CreateClient().GetStringAsync(link);
        Assert.Contains("This invitation link no longer works", again);
    }

    [Fact]
    public async Task Users_are_found_by_part_of_the_name_email_or_registration_number_and_paged()
    {
        var admin = await factory.CreateClientForAsync("admin@demo.local");

        var byName = await admin.GetFromJsonAsync<JsonElement>("/api/admin/users?search=ingrid");
        var byEmail = await admin.GetFromJsonAsync<JsonElement>("/api/admin/users?search=coordinator@demo");
        var byRole = await admin.GetFromJsonAsync<JsonElement>("/api/admin/users?role=Instructor&pageSize=1");
        var tooLarge = await admin.GetAsync("/api/admin/users?pageSize=1000");

        var found = Assert.Single(byName.GetProperty("items").EnumerateArray());
        Assert.Equal("instructor@demo.local", found.GetProperty("email").GetString());
        Assert.Equal(["Instructor"], found.GetProperty("roles").EnumerateArray().Select(r => r.GetString()));
        Assert.Equal("Active", found.GetProperty("status").GetString());
        Assert.Equal("Cora Coordinator", Assert.Single(byEmail.GetProperty("items").EnumerateArray()).GetProperty("fullName").GetString());
        Assert.Single(byRole.GetProperty("items").EnumerateArray());
        Assert.True(byRole.GetProperty("total").GetInt32() >= 1);
        await tooLarge.AssertValidationProblemAsync("pageSize");
    }

    [Fact]
    public async Task Granting_and_revoking_roles_is_recorded_and_revoking_ends_the_persons_sessions()
    {
        var admin = await factory.CreateClientForAsync("admin@demo.local");
        var (userId, email) = await RegisterAsync();
        var person = await factory.CreateClientForAsync(email, Password);

        var granted = await admin.PutAsync($"/api/admin/users/{userId}/roles/Instructor", null);
        var unknownRole = await admin.PutAsync($"/api/admin/users/{userId}/roles/Overlord", null);
        var revoked = await admin.DeleteAsync($"/api/admin/users/{userId}/roles/Instructor");
        var afterRevoke = await person.GetAsync("/api/auth/me");
        var details = await admin.GetFromJsonAsync<JsonElement>($"/api/admin/users/{userId}");

        Assert.Equal(HttpStatusCode.OK, granted.StatusCode);
        await unknownRole.AssertValidationProblemAsync("role");
        Assert.Equal(HttpStatusCode.OK, revoked.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, afterRevoke.StatusCode);
        var changes = details.GetProperty("changes").EnumerateArray().Select(c => (c.GetProperty("kind").GetString(), c.GetProperty("detail").GetString(), c.GetProperty("actorName").GetString())).ToList();
        Assert.Contains(("RoleGranted", "Instructor", "admin@demo.local"), changes);
        Assert.Contains(("RoleRevoked", "Instructor", "admin@demo.local"), changes);
        Assert.Equal(["Participant"], details.GetProperty("user").GetProperty("roles").EnumerateArray().Select(r => r.GetString()));
    }

    [Fact]
    public async Task A_deactivated_account_is_signed_out_and_cannot_sign_in_until_reactivated()
    {
        var admin = await factory.CreateClientForAsync("admin@demo.local");
        var (userId, email) = await RegisterAsync();
        var person = await factory.CreateClientForAsync(email, Password);
        var login = await factory.CreateClient().PostAsJsonAsync("/api/auth/login", new { email, password = Password });
        var refreshToken = (await login.Content.ReadFromJsonAsync<AcademyFactory.TokenResponse>())!.RefreshToken;

        await admin.PostAsync($"/api/admin/users/{userId}/deactivation", null);
        var tokenAfter = await person.GetAsync("/api/auth/me");
        var signIn = await factory.CreateClient().PostAsJsonAsync("/api/auth/login", new { email, password = Password });
        var refresh = await factory.CreateClient().PostAsJsonAsync("/api/auth/refresh", new { refreshToken });
        await admin.DeleteAsync($"/api/admin/users/{userId}/deactivation");
        var signInAgain = await factory.CreateClient().PostAsJsonAsync("/api/auth/login", new { email, password = Password });

        Assert.Equal(HttpStatusCode.Unauthorized, tokenAfter.StatusCode);
        var problem = await signIn.AssertProblemAsync(HttpStatusCode.Unauthorized);
        Assert.Contains("deactivated", problem.GetProperty("detail").GetString());
        Assert.Equal(HttpStatusCode.Unauthorized, refresh.StatusCode);
        Assert.Equal(HttpStatusCode.OK, signInAgain.StatusCode);
    }

    [Fact]
    public async Task A_persons_own_profile_changes_are_in_the_history_with_the_fields_changed()
    {
        var admin = await factory.CreateClientForAsync("admin@demo.local");
        var (userId, email) = await RegisterAsync();
        var person = await factory.CreateClientForAsync(email, Password);

        await person.PutAsJsonAsync("/api/auth/me", new { fullName = "Pim Persoon-de Wit", profession = "Nurse" });
        await person.PutAsJsonAsync("/api/auth/me", new { fullName = "Pim Persoon-de Wit", profession = "Nurse" });
        var details = await admin.GetFromJsonAsync<JsonElement>($"/api/admin/users/{userId}");

        var changes = details.GetProperty("changes").EnumerateArray().Where(c => c.GetProperty("kind").GetString() == "ProfileChanged").ToList();
        var change = Assert.Single(changes);
        Assert.Equal("fullName, profession", change.GetProperty("detail").GetString());
        Assert.Equal(email, change.GetProperty("actorName").GetString());
    }

    [Fact]
    public async Task The_last_administrator_keeps_the_role_and_nobody_deactivates_themselves()
    {
        await using var host = AcademyFactory.Create(null, null);
        var admin = await host.CreateClientForAsync("admin@demo.local");
        var adminId = (await admin.GetFromJsonAsync<JsonElement>("/api/auth/me")).GetProperty("id").GetGuid();

        var demoteSelf = await admin.DeleteAsync($"/api/admin/users/{adminId}/roles/Administrator");
        var deactivateSelf = await admin.PostAsync($"/api/admin/users/{adminId}/deactivation", null);

        await demoteSelf.AssertProblemAsync(HttpStatusCode.Conflict);
        await deactivateSelf.AssertProblemAsync(HttpStatusCode.Conflict);
        var roles = await host.WithScopeAsync<AcademyIdentityDbContext, int>(db => db.UserRoles.CountAsync(r => r.UserId == adminId));
        Assert.Equal(1, roles);
    }

    [Theory]
    [InlineData("instructor@demo.local")]
    [InlineData("coordinator@demo.local")]
    [InlineData("participant@demo.local")]
    public async Task Only_administrators_reach_administration(string email)
    {
        var client = await factory.CreateClientForAsync(email);
        var cookie = await factory.CreateCookieClientForAsync(email);

        var api = await client.GetAsync("/api/admin/users");
        var invite = await client.PostAsJsonAsync("/api/admin/users/invitations", new { email = "x@umc.example", fullName = "X" });
        var page = await cookie.GetAsync("/admin/users");

        Assert.Equal(HttpStatusCode.Forbidden, api.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, invite.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
        Assert.StartsWith("/account/access-denied", page.Headers.Location!.PathAndQuery, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Inviting_checks_its_fields_and_an_address_in_use_is_a_conflict()
    {
        var admin = await factory.CreateClientForAsync("admin@demo.local");

        var invalid = await admin.PostAsJsonAsync("/api/admin/users/invitations", new { email = "not an address", fullName = "", roles = new[] { "Participant", "Root" } });
        var taken = await admin.PostAsJsonAsync("/api/admin/users/invitations", new { email = "nurse@demo.local", fullName = "Noor Bakker" });

        await invalid.AssertValidationProblemAsync("email", "fullName", "roles[0]", "roles[1]");
        await taken.AssertProblemAsync(HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task Staff_search_suggests_active_staff_by_name_or_email_for_staff_only()
    {
        var coordinator = await factory.CreateClientForAsync("coordinator@demo.local");
        var participant = await factory.CreateClientForAsync("participant@demo.local");

        var byName = await coordinator.GetFromJsonAsync<JsonElement>("/api/staff?search=ingr");
        var participants = await coordinator.GetFromJsonAsync<JsonElement>("/api/staff?search=noor");
        var refused = await participant.GetAsync("/api/staff?search=ingr");

        var found = Assert.Single(byName.EnumerateArray());
        Assert.Equal("Dr. Ingrid Instructor", found.GetProperty("fullName").GetString());
        Assert.Equal("instructor@demo.local", found.GetProperty("email").GetString());
        Assert.Empty(participants.EnumerateArray());
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
    }

    [Fact]
    public async Task The_users_page_lists_people_and_the_user_page_shows_roles_and_history()
    {
        var admin = await factory.CreateCookieClientForAsync("admin@demo.local");
        var (userId, _) = await RegisterAsync();

        var list = await admin.GetStringAsync("/admin/users?search=ingrid");
        var token = await AccountPagesTests.AntiforgeryTokenAsync(admin, $"/admin/users/{userId}");
        var grant = await admin.PostAsync($"/admin/users/{userId}?handler=Grant", AccountPagesTests.Form(token, new() { ["role"] = "Coordinator" }));
        var details = await admin.GetStringAsync($"/admin/users/{userId}");

        Assert.Contains("Dr. Ingrid Instructor", list);
        Assert.DoesNotContain("Cora Coordinator", list);
        Assert.Equal(HttpStatusCode.Redirect, grant.StatusCode);
        Assert.Contains("Role granted: Coordinator", details);
        Assert.Contains("admin@demo.local", details);
    }

    private async Task<(Guid Id, string Email)> RegisterAsync()
    {
        var email = $"{Guid.NewGuid():N}@umc.example";
        var registered = await factory.CreateClient().PostAsJsonAsync("/api/auth/register", new { email, password = Password, fullName = "Pim Persoon" });
        registered.EnsureSuccessStatusCode();
        return ((await registered.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid(), email);
    }
}

using System.Net;
using System.Text.RegularExpressions;
using HealthAiAcademy.Host.Identity.Data;
using HealthAiAcademy.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace HealthAiAcademy.IntegrationTests.Identity;

public sealed partial class AccountPagesTests(AcademyFactory factory) : IClassFixture<AcademyFactory>
{
    [Fact]
    public async Task Register_page_creates_the_account_and_signs_in()
    {
        var client = factory.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = true });
        var token = await AntiforgeryTokenAsync(client, "/account/register");
        var email = $"{Guid.NewGuid():N}@hospital.example";

        var response = await client.PostAsync("/account/register", Form(token, new()
        {
            ["Input.Email"] = email,
            ["Input.FullName"] = "Anna de Vries",
            ["Input.Password"] = "Nurse-Password-1",
            ["Input.ConfirmPassword"] = "Nurse-Password-1",
        }));
        var profile = await client.GetStringAsync("/account/profile");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains(email, profile);
        Assert.Contains("Anna de Vries", profile);
    }

    [Fact]
    public async Task Register_page_shows_the_form_again_with_messages_for_bad_input()
    {
        var client = factory.CreateClient(new() { HandleCookies = true });
        var token = await AntiforgeryTokenAsync(client, "/account/register");

        var response = await client.PostAsync("/account/register", Form(token, new()
        {
            ["Input.Email"] = "someone@hospital.example",
            ["Input.FullName"] = "",
            ["Input.Password"] = "short",
            ["Input.ConfirmPassword"] = "short",
        }));
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Full name is required", html);
        Assert.Contains("Passwords must be at least 10 characters", html);
        Assert.Contains("value=\"someone@hospital.example\"", html);
    }

    [Fact]
    public async Task A_form_post_without_the_antiforgery_token_is_refused()
    {
        var client = factory.CreateClient();

        var response = await client.PostAsync("/account/login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Input.Email"] = "participant@demo.local",
            ["Input.Password"] = AcademyFactory.DemoPassword,
        }));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Login_page_signs_in_and_a_wrong_password_shows_a_message()
    {
        var client = factory.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = true });
        var token = await AntiforgeryTokenAsync(client, "/account/login");

        var wrong = await client.PostAsync("/account/login", Form(token, new() { ["Input.Email"] = "participant@demo.local", ["Input.Password"] = "nope" }));
        var right = await client.PostAsync("/account/login?returnUrl=%2Faccount%2Fprofile", Form(token, new() { ["Input.Email"] = "participant@demo.local", ["Input.Password"] = AcademyFactory.DemoPassword }));

        Assert.Contains("The email or password is not correct.", await wrong.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Redirect, right.StatusCode);
        Assert.Equal("/account/profile", right.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task Login_page_does_not_redirect_to_another_site()
    {
        var client = factory.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = true });
        var token = await AntiforgeryTokenAsync(client, "/account/login");

        var response = await client.PostAsync("/account/login?returnUrl=https%3A%2F%2Fevil.example", Form(token, new() { ["Input.Email"] = "participant@demo.local", ["Input.Password"] = AcademyFactory.DemoPassword }));

        Assert.Equal("/catalog", response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task Sign_ins_share_data_protection_keys_kept_in_the_database()
    {
        var client = factory.CreateClient(new() { HandleCookies = true });
        await AntiforgeryTokenAsync(client, "/account/login");

        var keys = await factory.WithScopeAsync<AcademyIdentityDbContext, int>(db => db.DataProtectionKeys.CountAsync());

        Assert.True(keys > 0, "the data-protection key ring should be stored in the identity database");
    }

    [Fact]
    public async Task A_form_with_problems_lists_them_at_the_top_each_linked_to_its_field()
    {
        var client = factory.CreateClient(new() { HandleCookies = true });
        var token = await AntiforgeryTokenAsync(client, "/account/login");

        var response = await client.PostAsync("/account/login", Form(token, new() { ["Input.Email"] = "", ["Input.Password"] = "" }));
        var html = await response.Content.ReadAsStringAsync();

        Assert.Contains("There is a problem", html);
        Assert.Contains("<a href=\"#Input_Email\">Enter your email address.</a>", html);
        Assert.Contains("<a href=\"#Input_Password\">Enter your password.</a>", html);
        Assert.Contains("id=\"Input_Email\"", html);
    }

    internal static async Task<string> AntiforgeryTokenAsync(HttpClient client, string url)
    {
        var html = await client.GetStringAsync(url);
        return TokenPattern().Match(html).Groups[1].Value;
    }

    internal static FormUrlEncodedContent Form(string token, Dictionary<string, string> fields)
    {
        fields["__RequestVerificationToken"] = token;
        return new FormUrlEncodedContent(fields);
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();
}

using System.Net;
using System.Security.Claims;
using System.Text;
using Microsoft.AspNetCore;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.IdentityModel.Tokens;
using OpenIddict.Abstractions;
using OpenIddict.Server.AspNetCore;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace HealthAiAcademy.Tests.Support;

/// <summary>
/// A real OpenID Connect provider on loopback (OpenIddict, authorization code flow with PKCE, signed id tokens), standing in
/// for the hospital's Entra ID or SURFconext. Its sign-in page asks only for a user name from <see cref="Person"/>s.
/// </summary>
public sealed class TestOpenIdProvider : IAsyncDisposable
{
    public const string ClientId = "health-ai-academy";
    public const string ClientSecret = "test-provider-secret-2026";
    public const string GroupClaim = "groups";

    private readonly WebApplication app;
    private readonly string directory;

    private TestOpenIdProvider(WebApplication app, string directory)
    {
        this.app = app;
        this.directory = directory;
    }

    public sealed record Person(string UserName, string Email, string Name, bool EmailVerified = true, params string[] Groups);

    /// <summary>The issuer, as the academy's <c>SingleSignOn:Authority</c>.</summary>
    public Uri Authority => new(app.Urls.First().TrimEnd('/') + "/");

    /// <summary>The settings that point the academy at this provider.</summary>
    public Dictionary<string, string?> AcademySettings(string displayName = "UMC Login") => new()
    {
        ["SingleSignOn:Enabled"] = "true",
        ["SingleSignOn:DisplayName"] = displayName,
        ["SingleSignOn:Authority"] = Authority.ToString(),
        ["SingleSignOn:ClientId"] = ClientId,
        ["SingleSignOn:ClientSecret"] = ClientSecret,
        ["SingleSignOn:RequireHttpsMetadata"] = "false",
        ["SingleSignOn:RoleClaim"] = GroupClaim,
        ["SingleSignOn:RoleMapping:ai-lab-coordinators"] = "Coordinator",
    };

    public static async Task<TestOpenIdProvider> StartAsync(params Person[] people)
    {
        var directory = Path.Combine(Path.GetTempPath(), "academy-tests", "oidc-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(directory);
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Development", ContentRootPath = directory });
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        builder.Services.AddDbContext<ProviderDb>(options =>
        {
            options.UseSqlite($"Data Source={Path.Combine(directory, "provider.db")}");
            options.UseOpenIddict();
        });
        builder.Services.AddOpenIddict()
            .AddCore(options => options.UseEntityFrameworkCore().UseDbContext<ProviderDb>())
            .AddServer(options =>
            {
                options.SetAuthorizationEndpointUris("connect/authorize").SetTokenEndpointUris("connect/token");
                options.AllowAuthorizationCodeFlow().RequireProofKeyForCodeExchange();
                options.AddEphemeralEncryptionKey().AddEphemeralSigningKey().DisableAccessTokenEncryption();
                options.RegisterScopes(Scopes.OpenId, Scopes.Email, Scopes.Profile);
                options.UseAspNetCore().EnableAuthorizationEndpointPassthrough().DisableTransportSecurityRequirement();
            });

        var app = builder.Build();
        await using (var scope = app.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<ProviderDb>().Database.EnsureCreatedAsync();
        }

        app.UseAuthentication();
        app.MapMethods("/connect/authorize", ["GET", "POST"], (HttpContext context) => Authorize(context, people));
        await app.StartAsync();
        return new TestOpenIdProvider(app, directory);
    }

    /// <summary>Lets the academy at <paramref name="academy"/> use this provider (its callback is known only once it runs).</summary>
    public async Task RegisterAcademyAsync(Uri academy)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var applications = scope.ServiceProvider.GetRequiredService<IOpenIddictApplicationManager>();
        await applications.CreateAsync(new OpenIddictApplicationDescriptor
        {
            ClientId = ClientId,
            ClientSecret = ClientSecret,
            ClientType = ClientTypes.Confidential,
            RedirectUris = { new Uri(academy, "/signin-oidc") },
            Permissions =
            {
                Permissions.Endpoints.Authorization, Permissions.Endpoints.Token, Permissions.GrantTypes.AuthorizationCode,
                Permissions.ResponseTypes.Code, Permissions.Scopes.Email, Permissions.Scopes.Profile,
            },
            Requirements = { Requirements.Features.ProofKeyForCodeExchange },
        });
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        AcademyFactory.TryDelete(directory);
    }

    private static IResult Authorize(HttpContext context, IReadOnlyList<Person> people)
    {
        var request = context.GetOpenIddictServerRequest() ?? throw new InvalidOperationException("Not an OpenID Connect request.");
        var userName = context.Request.HasFormContentType ? context.Request.Form["username"].ToString() : null;
        var person = people.FirstOrDefault(p => string.Equals(p.UserName, userName, StringComparison.Ordinal));
        if (person is null)
        {
            return Results.Content(LoginPage(request, failed: !string.IsNullOrEmpty(userName)), "text/html; charset=utf-8");
        }

        var identity = new ClaimsIdentity(TokenValidationParameters.DefaultAuthenticationType, Claims.Name, Claims.Role);
        identity.SetClaim(Claims.Subject, "umc-" + person.UserName)
            .SetClaim(Claims.Email, person.Email)
            .SetClaim(Claims.Name, person.Name);
        identity.AddClaim(new Claim(Claims.EmailVerified, person.EmailVerified ? "true" : "false", ClaimValueTypes.Boolean));
        identity.SetClaims(GroupClaim, [.. person.Groups]);
        identity.SetScopes(request.GetScopes());
        identity.SetDestinations(static _ => [Destinations.IdentityToken, Destinations.AccessToken]);
        return Results.SignIn(new ClaimsPrincipal(identity), properties: null, OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
    }

    private static string LoginPage(OpenIddictRequest request, bool failed)
    {
        var html = new StringBuilder("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>UMC Login</title></head><body><main><h1>UMC Login</h1>");
        if (failed)
        {
            html.Append("<p role=\"alert\">Unknown user name.</p>");
        }

        html.Append("<form method=\"post\" action=\"/connect/authorize\">");
        foreach (var (name, value) in request.GetParameters())
        {
            html.Append(CultureInfoInvariant($"<input type=\"hidden\" name=\"{WebUtility.HtmlEncode(name)}\" value=\"{WebUtility.HtmlEncode(value.ToString())}\">"));
        }

        html.Append("<label for=\"username\">User name</label> <input id=\"username\" name=\"username\" autocomplete=\"username\"> ");
        html.Append("<button type=\"submit\">Sign in at UMC</button></form></main></body></html>");
        return html.ToString();
    }

    private static string CultureInfoInvariant(FormattableString text) => FormattableString.Invariant(text);

    private sealed class ProviderDb(DbContextOptions<ProviderDb> options) : DbContext(options);
}

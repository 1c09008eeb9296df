using System.Net.Http.Headers;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace HealthAiAcademy.Tests.Support;

/// <summary>
/// The real host (Development, demo data) on a fresh folder of real SQLite files. Pass a folder to start a second host on the
/// same data, as after a restart.
/// </summary>
public sealed class AcademyFactory : WebApplicationFactory<Program>
{
    public const string DemoPassword = "Test-Demo-Password-2026";

    /// <summary>A setting that starts the host in another environment than Development (for tests of production rules).</summary>
    public const string EnvironmentSetting = "Test:Environment";

    private readonly Dictionary<string, string?> settings;
    private readonly bool ownsDataDirectory;

    public AcademyFactory()
        : this(null, null)
    {
    }

    private AcademyFactory(string? dataDirectory, IReadOnlyDictionary<string, string?>? overrides)
    {
        ownsDataDirectory = dataDirectory is null;
        DataDirectory = dataDirectory ?? Path.Combine(Path.GetTempPath(), "academy-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(DataDirectory);
        settings = new Dictionary<string, string?>
        {
            ["Database:Provider"] = "Sqlite",
            ["Database:DataDirectory"] = DataDirectory,
            ["Email:PickupDirectory"] = Path.Combine(DataDirectory, "mail"),
            ["Demo:Password"] = DemoPassword,
            ["RateLimiting:SignInPerMinute"] = "1000",
            // Most tests read English words; the Dutch default has tests of its own (LanguageTests).
            ["Localization:DefaultLanguage"] = "en",
            // The demo accounts start with nothing to do, so each test arranges what it needs; LivingDemoTests turns it on.
            ["Demo:Activity"] = "false",
            ["Logging:LogLevel:Default"] = "Warning",
            ["Logging:LogLevel:Microsoft.EntityFrameworkCore"] = "None",
        };
        foreach (var (key, value) in overrides ?? new Dictionary<string, string?>())
        {
            settings[key] = value;
        }
    }

    public string DataDirectory { get; }

    /// <summary>A host with extra settings, on <paramref name="dataDirectory"/> (kept afterwards) or on a fresh folder.</summary>
    public static AcademyFactory Create(string? dataDirectory, IReadOnlyDictionary<string, string?>? overrides) =>
        new(dataDirectory, overrides);

    public string MailDirectory => Path.Combine(DataDirectory, "mail");

    /// <summary>
    /// The path and query of the newest link to <paramref name="path"/> in an email to <paramref name="to"/>, read from the
    /// pickup folder as a person would click it; null when no such email arrived.
    /// </summary>
    public string? LinkInMail(string to, string path)
    {
        if (!Directory.Exists(MailDirectory))
        {
            return null;
        }

        var pattern = new System.Text.RegularExpressions.Regex("https?://[^\\s]*" + System.Text.RegularExpressions.Regex.Escape(path) + "[^\\s]*");
        return Directory.GetFiles(MailDirectory, "*.eml").OrderByDescending(File.GetLastWriteTimeUtc).ThenByDescending(f => f, StringComparer.Ordinal)
            .Select(f => MimeKit.MimeMessage.Load(f))
            .Where(m => m.To.Mailboxes.Any(a => string.Equals(a.Address, to, StringComparison.OrdinalIgnoreCase)))
            .Select(m => pattern.Match(m.TextBody ?? string.Empty))
            .Where(match => match.Success)
            .Select(match => new Uri(match.Value).PathAndQuery)
            .FirstOrDefault();
    }

    /// <summary>How many emails to <paramref name="to"/> are in the pickup folder.</summary>
    public int MailCount(string to) =>
        !Directory.Exists(MailDirectory) ? 0 : Directory.GetFiles(MailDirectory, "*.eml")
            .Count(f => MimeKit.MimeMessage.Load(f).To.Mailboxes.Any(a => string.Equals(a.Address, to, StringComparison.OrdinalIgnoreCase)));

    /// <summary>The address Kestrel listens on, after <c>UseKestrel(0)</c> and <c>StartServer()</c>.</summary>
    public Uri ServerAddress =>
        new(Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());

    public async Task<HttpClient> CreateClientForAsync(string email, string? password = null)
    {
        var client = CreateClient();
        var response = await client.PostAsJsonAsync("/api/auth/login", new { email, password = password ?? DemoPassword });
        response.EnsureSuccessStatusCode();
        var token = await response.Content.ReadFromJsonAsync<TokenResponse>();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token!.AccessToken);
        return client;
    }

    /// <summary>
    /// A client with a bearer token minted for <paramref name="userId"/> (no account needed): the real authentication
    /// pipeline validates it. For tests that need many participants without hashing many passwords.
    /// </summary>
    public HttpClient CreateClientForUser(Guid userId, params string[] roles)
    {
        var client = CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", BearerTokenFor(userId, roles));
        return client;
    }

    /// <summary>A bearer token for the user, valid for an hour on every host that shares this data folder's keys.</summary>
    public string BearerTokenFor(Guid userId, params string[] roles)
    {
        var identity = new System.Security.Claims.ClaimsIdentity(
            [new System.Security.Claims.Claim(System.Security.Claims.ClaimTypes.NameIdentifier, userId.ToString()),
             .. roles.Select(role => new System.Security.Claims.Claim(System.Security.Claims.ClaimTypes.Role, role))],
            Microsoft.AspNetCore.Identity.IdentityConstants.BearerScheme);
        var options = Services.GetRequiredService<Microsoft.Extensions.Options.IOptionsMonitor<Microsoft.AspNetCore.Authentication.BearerToken.BearerTokenOptions>>()
            .Get(Microsoft.AspNetCore.Identity.IdentityConstants.BearerScheme);
        var ticket = new Microsoft.AspNetCore.Authentication.AuthenticationTicket(
            new System.Security.Claims.ClaimsPrincipal(identity),
            new Microsoft.AspNetCore.Authentication.AuthenticationProperties { ExpiresUtc = DateTimeOffset.UtcNow.AddHours(1) },
            Microsoft.AspNetCore.Identity.IdentityConstants.BearerScheme);
        return options.BearerTokenProtector.Protect(ticket);
    }

    /// <summary>A browser-like client signed in with the Identity cookie, as pages need.</summary>
    public async Task<HttpClient> CreateCookieClientForAsync(string email, bool allowAutoRedirect = false, string? password = null)
    {
        var client = CreateClient(new WebApplicationFactoryClientOptions { HandleCookies = true, AllowAutoRedirect = allowAutoRedirect });
        var response = await client.PostAsJsonAsync("/api/auth/login?useCookies=true", new { email, password = password ?? DemoPassword });
        response.EnsureSuccessStatusCode();
        return client;
    }

    /// <summary>What this host's job storage holds, for messages of tests that wait on background work.</summary>
    public string JobStatistics()
    {
        var monitoring = Services.GetRequiredService<Hangfire.JobStorage>().GetMonitoringApi();
        var stats = monitoring.GetStatistics();
        var failed = monitoring.FailedJobs(0, 3).Select(j => j.Value.ExceptionMessage);
        return $"servers {stats.Servers}, enqueued {stats.Enqueued}, scheduled {stats.Scheduled}, processing {stats.Processing}, " +
               $"succeeded {stats.Succeeded}, failed {stats.Failed} [{string.Join(" | ", failed)}]";
    }

    public async Task WithScopeAsync<TService>(Func<TService, Task> action)
        where TService : notnull
    {
        await using var scope = Services.CreateAsyncScope();
        await action(scope.ServiceProvider.GetRequiredService<TService>());
    }

    public async Task<TResult> WithScopeAsync<TService, TResult>(Func<TService, Task<TResult>> action)
        where TService : notnull
    {
        await using var scope = Services.CreateAsyncScope();
        return await action(scope.ServiceProvider.GetRequiredService<TService>());
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        SqliteConnection.ClearAllPools();
        if (ownsDataDirectory)
        {
            TryDelete(DataDirectory);
        }
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(settings.TryGetValue(EnvironmentSetting, out var environment) && environment is not null ? environment : "Development");
        foreach (var (key, value) in settings)
        {
            builder.UseSetting(key, value);
        }
    }

    public static void TryDelete(string directory)
    {
        try
        {
            Directory.Delete(directory, recursive: true);
        }
        catch (IOException)
        {
            // A file still open by a background thread; the temp folder is cleaned by the OS later.
        }
    }

    public sealed record TokenResponse(string TokenType, string AccessToken, int ExpiresIn, string RefreshToken);

    /// <summary>A key-encryption certificate (password Key-Pass-2026) in a fresh folder, as outside Development requires.</summary>
    public static async Task<string> KeyCertificateAsync()
    {
        var directory = Path.Combine(Path.GetTempPath(), "academy-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(directory);
        var pfx = Path.Combine(directory, "keys.pfx");
        using var rsa = System.Security.Cryptography.RSA.Create(2048);
        var request = new System.Security.Cryptography.X509Certificates.CertificateRequest("CN=Health AI Academy keys", rsa, System.Security.Cryptography.HashAlgorithmName.SHA256, System.Security.Cryptography.RSASignaturePadding.Pkcs1);
        using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddYears(1));
        await File.WriteAllBytesAsync(pfx, certificate.Export(System.Security.Cryptography.X509Certificates.X509ContentType.Pfx, "Key-Pass-2026"));
        return pfx;
    }
}

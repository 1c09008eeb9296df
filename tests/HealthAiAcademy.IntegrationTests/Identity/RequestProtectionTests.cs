using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text.Json;
using HealthAiAcademy.Host.Identity.Data;
using HealthAiAcademy.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace HealthAiAcademy.IntegrationTests.Identity;

/// <summary>Requests that cannot be forged, headers on every answer, the proxy in front and encrypted keys (issue 12, items 7 and 8).</summary>
public sealed class RequestProtectionTests(AcademyFactory factory) : IClassFixture<AcademyFactory>
{
    [Fact]
    public async Task An_unsafe_api_call_signed_in_by_cookie_needs_the_anti_forgery_header_and_this_sites_origin()
    {
        var email = $"{Guid.NewGuid():N}@umc.example";
        (await factory.CreateClient().PostAsJsonAsync("/api/auth/register", new { email, password = "Cookie-Pass-2026", fullName = "Kees Koekje" })).EnsureSuccessStatusCode();
        var cookie = await factory.CreateCookieClientForAsync(email, password: "Cookie-Pass-2026");
        var bearer = await factory.CreateClientForAsync("participant@demo.local");

        var withoutHeader = await cookie.PostAsync("/api/auth/sessions/revocation", null);
        var antiforgery = await cookie.GetFromJsonAsync<JsonElement>("/api/auth/antiforgery");
        var headerName = antiforgery.GetProperty("headerName").GetString()!;
        var token = antiforgery.GetProperty("token").GetString()!;
        using var foreign = new HttpRequestMessage(HttpMethod.Post, "/api/auth/sessions/revocation");
        foreign.Headers.Add(headerName, token);
        foreign.Headers.Add("Origin", "https://evil.example");
        var fromElsewhere = await cookie.SendAsync(foreign);
        using var crossSite = new HttpRequestMessage(HttpMethod.Post, "/api/auth/sessions/revocation");
        crossSite.Headers.Add(headerName, token);
        crossSite.Headers.Add("Sec-Fetch-Site", "cross-site");
        var fromCrossSite = await cookie.SendAsync(crossSite);
        using var own = new HttpRequestMessage(HttpMethod.Post, "/api/auth/sessions/revocation");
        own.Headers.Add(headerName, token);
        own.Headers.Add("Sec-Fetch-Site", "same-origin");
        var fromOwnPage = await cookie.SendAsync(own);
        var bearerWithoutHeader = await bearer.PutAsJsonAsync("/api/auth/me", new { fullName = "Łukasz Şahin-de Vries" });

        var problem = await withoutHeader.AssertProblemAsync(HttpStatusCode.Forbidden);
        Assert.Contains("RequestVerificationToken", problem.GetProperty("detail").GetString());
        Assert.Equal("RequestVerificationToken", headerName);
        await fromElsewhere.AssertProblemAsync(HttpStatusCode.Forbidden);
        await fromCrossSite.AssertProblemAsync(HttpStatusCode.Forbidden);
        Assert.Equal(HttpStatusCode.NoContent, fromOwnPage.StatusCode);
        Assert.Equal(HttpStatusCode.OK, bearerWithoutHeader.StatusCode);
    }

    [Theory]
    [InlineData("/catalog")]
    [InlineData("/account/login")]
    [InlineData("/api/courses/offerings")]
    [InlineData("/no-such-page")]
    [InlineData("/api/no-such-endpoint")]
    public async Task Every_answer_carries_the_security_headers(string path)
    {
        var response = await factory.CreateClient().GetAsync(path);

        var policy = string.Join(";", response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("script-src 'self'", policy);
        Assert.DoesNotContain("unsafe-inline", policy);
        Assert.Contains("frame-ancestors 'none'", policy);
        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
        Assert.Equal("same-origin", Assert.Single(response.Headers.GetValues("Referrer-Policy")));
        Assert.Contains("camera=()", Assert.Single(response.Headers.GetValues("Permissions-Policy")));
    }

    [Fact]
    public async Task No_page_has_inline_script()
    {
        var client = await factory.CreateCookieClientForAsync("coordinator@demo.local", allowAutoRedirect: true);

        foreach (var path in new[] { "/catalog", "/learning", "/learning/certificates", "/manage/offerings", "/manage/courses/new", "/account/profile", "/account/two-factor" })
        {
            var html = await client.GetStringAsync(path);
            Assert.DoesNotMatch("<script(?![^>]*\\bsrc=)[^>]*>", html);
            Assert.DoesNotContain(" style=\"", html);
        }
    }

    [Fact]
    public async Task Behind_a_known_proxy_the_cookie_is_secure_and_forwarded_clients_are_limited_each_on_their_own()
    {
        await using var host = AcademyFactory.Create(null, new Dictionary<string, string?> { ["RateLimiting:SignInPerMinute"] = "2" });
        host.UseKestrel(0);
        host.StartServer();
        using var client = new HttpClient { BaseAddress = host.ServerAddress };

        async Task<HttpResponseMessage> SignInAsync(string clientAddress)
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, "/api/auth/login?useCookies=true")
            {
                Content = JsonContent.Create(new { email = "participant@demo.local", password = AcademyFactory.DemoPassword }),
            };
            request.Headers.Add("X-Forwarded-Proto", "https");
            request.Headers.Add("X-Forwarded-For", clientAddress);
            return await client.SendAsync(request);
        }

        var first = await SignInAsync("203.0.113.10");
        await SignInAsync("203.0.113.10");
        var thirdFromTheSameClient = await SignInAsync("203.0.113.10");
        var fromAnotherClient = await SignInAsync("203.0.113.20");

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        var cookie = Assert.Single(first.Headers.GetValues("Set-Cookie"), c => c.StartsWith("academy.auth=", StringComparison.Ordinal));
        Assert.Contains("secure", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(HttpStatusCode.TooManyRequests, thirdFromTheSameClient.StatusCode);
        Assert.Equal(HttpStatusCode.OK, fromAnotherClient.StatusCode);
    }

    [Fact]
    public async Task Outside_development_the_host_refuses_to_start_without_a_key_certificate()
    {
        await using var host = AcademyFactory.Create(null, new Dictionary<string, string?>
        {
            [AcademyFactory.EnvironmentSetting] = "Production", ["PublicBaseUrl"] = "https://academy.example-hospital.nl",
        });

        var failure = Assert.ThrowsAny<Exception>(() => host.CreateClient());

        Assert.Contains("DataProtection:CertificatePath", failure.ToString());
    }

    /// <summary>
    /// Issue 18, item 4: a certificate prints its verification link and QR code for life, so outside Development the host
    /// does not start with no public address or one on the server itself; with one, certificates and emails use it.
    /// </summary>
    [Theory]
    [InlineData(null, "is not set")]
    [InlineData("http://localhost:5000", "points at the server itself")]
    [InlineData("https://127.0.0.1", "points at the server itself")]
    [InlineData("academy.example-hospital.nl", "not an absolute http(s) address")]
    public async Task Outside_development_the_host_refuses_to_start_without_a_public_address_others_can_reach(string? address, string problem)
    {
        var pfx = await AcademyFactory.KeyCertificateAsync();
        await using var host = AcademyFactory.Create(Path.GetDirectoryName(pfx), new Dictionary<string, string?>
        {
            [AcademyFactory.EnvironmentSetting] = "Production", ["PublicBaseUrl"] = address,
            ["DataProtection:CertificatePath"] = pfx, ["DataProtection:CertificatePassword"] = "Key-Pass-2026",
        });

        var failure = Assert.ThrowsAny<Exception>(() => host.CreateClient()).ToString();

        Assert.Contains("Certification:PublicBaseUrl is", failure, StringComparison.Ordinal);
        Assert.Contains(problem, failure, StringComparison.Ordinal);
        Assert.Contains("Accounts:PublicBaseUrl", failure, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Outside_development_one_public_address_is_what_certificates_and_email_links_use()
    {
        var pfx = await AcademyFactory.KeyCertificateAsync();
        await using var host = AcademyFactory.Create(Path.GetDirectoryName(pfx), new Dictionary<string, string?>
        {
            [AcademyFactory.EnvironmentSetting] = "Production", ["PublicBaseUrl"] = "https://academy.example-hospital.nl",
            ["DataProtection:CertificatePath"] = pfx, ["DataProtection:CertificatePassword"] = "Key-Pass-2026",
        });

        Assert.Equal(HttpStatusCode.OK, (await host.CreateClient().GetAsync("/account/login")).StatusCode);
        var configuration = host.Services.GetRequiredService<Microsoft.Extensions.Configuration.IConfiguration>();
        Assert.All(new[] { "Certification:PublicBaseUrl", "Accounts:PublicBaseUrl", "Enrollment:PublicBaseUrl" },
            key => Assert.Equal("https://academy.example-hospital.nl", configuration[key]));
        var certificates = host.Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<HealthAiAcademy.Certification.Rendering.CertificateOptions>>().Value;
        Assert.Equal("https://academy.example-hospital.nl/verify/ABC", certificates.VerificationUrl("ABC"));
    }

    [Fact]
    public async Task With_a_certificate_the_stored_keys_are_encrypted()
    {
        var directory = Path.Combine(Path.GetTempPath(), "academy-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(directory);
        var pfx = Path.Combine(directory, "keys.pfx");
        using (var rsa = RSA.Create(2048))
        {
            var request = new CertificateRequest("CN=Health AI Academy keys", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
            using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddYears(1));
            await File.WriteAllBytesAsync(pfx, certificate.Export(X509ContentType.Pfx, "Key-Pass-2026"));
        }

        await using var host = AcademyFactory.Create(directory, new Dictionary<string, string?>
        {
            [AcademyFactory.EnvironmentSetting] = "Production",
            ["PublicBaseUrl"] = "https://academy.example-hospital.nl",
            ["DataProtection:CertificatePath"] = pfx,
            ["DataProtection:CertificatePassword"] = "Key-Pass-2026",
        });
        var client = host.CreateClient();
        var page = await client.GetAsync("/account/login");

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        var keys = await host.WithScopeAsync<AcademyIdentityDbContext, List<string>>(db => db.DataProtectionKeys.Select(k => k.Xml!).ToListAsync());
        Assert.NotEmpty(keys);
        Assert.All(keys, xml => Assert.Contains("encryptedSecret", xml));
        AcademyFactory.TryDelete(directory);
    }
}

using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using HealthAiAcademy.Certification.Data;
using HealthAiAcademy.Compliance.Data;
using HealthAiAcademy.Compliance.Features.NotifyStandingChanges;
using HealthAiAcademy.IntegrationTests.Certification;
using HealthAiAcademy.IntegrationTests.Courses;
using HealthAiAcademy.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace HealthAiAcademy.IntegrationTests.Compliance;

/// <summary>Issue 16, item 7: hospital systems ask whether someone may operate a system, and hear of changes by signed webhook.</summary>
public sealed class StatusApiTests(AcademyFactory factory) : IClassFixture<AcademyFactory>
{
    [Fact]
    public async Task A_hospital_system_asks_by_email_or_staff_number_and_hears_by_signed_webhook_once_when_a_revocation_takes_the_right_away()
    {
        using var receiver = new WebhookReceiver();
        var admin = await factory.CreateClientForAsync("admin@demo.local");
        var coordinator = await factory.CreateClientForAsync("coordinator@demo.local");
        var (nurse, nurseClient) = await PersonAsync("Sanne Sepsis");
        var (colleague, _) = await PersonAsync("Koen Colleague");
        var suffix = Guid.NewGuid().ToString("N")[..8];
        var function = $"ICU nurse {suffix}";
        (await admin.PostAsync("/api/compliance/organisation/hr-imports", new StringContent(
            $"Staff number;Email;Division;Department;Function\nN-{suffix};{nurse};Acute {suffix};ICU;{function}\nC-{suffix};{colleague};Acute {suffix};ICU;{function}\n",
            Encoding.UTF8, "text/csv"))).EnsureSuccessStatusCode();
        var chart = await CoursesApi.JsonAsync(await admin.GetAsync("/api/compliance/organisation"));
        var icu = chart.GetProperty("units").EnumerateArray().Single(u => u.GetProperty("path").GetString() == $"Acute {suffix} / ICU").GetProperty("id").GetGuid();
        var functionId = chart.GetProperty("functions").EnumerateArray().Single(f => f.GetProperty("name").GetString() == function).GetProperty("id").GetGuid();
        var offeringId = await CompletedOffering.CreateAsync(factory, [nurseClient]);
        await CompletedOffering.WaitForCertificatesAsync(factory, offeringId, 1);
        var course = await CoursesApi.JsonAsync(await coordinator.GetAsync($"/api/courses/manage/offerings/{offeringId}"));
        var systemId = (await CoursesApi.JsonAsync(await admin.PostAsJsonAsync("/api/compliance/systems", new
        {
            name = $"Sepsis early warning (ICU) {suffix}", vendor = "Pacmed", intendedPurpose = "Predicts sepsis.", riskClass = "High", deviceClass = "MdrIIa",
            ownerEmail = "admin@demo.local", status = "InUse", unitIds = new[] { icu },
        }))).GetProperty("id").GetGuid();
        (await admin.PostAsJsonAsync("/api/compliance/requirements", new
        {
            title = "Sepsis model training", kind = "Operation", systemId, functionIds = new[] { functionId }, courseIds = new[] { course.GetProperty("courseId").GetGuid() },
        })).EnsureSuccessStatusCode();
        var issued = await CoursesApi.JsonAsync(await admin.PostAsJsonAsync("/api/compliance/api-clients", new { name = "EHR sepsis module", webhookUrl = receiver.Url }));
        var key = issued.GetProperty("key").GetString()!;
        var secret = issued.GetProperty("webhookSecret").GetString()!;
        var nurseId = await CoursesApi.UserIdAsync(nurseClient);
        await Eventually.TrueAsync(() => factory.WithScopeAsync<ComplianceDbContext, bool>(db => db.TrainingRecords.AnyAsync(r => r.UserId == nurseId)), () => "the certificate reached Compliance");
        // The requirement came after the certificate: the sweep (every five minutes) finds the nurse allowed now.
        await factory.WithScopeAsync<StandingSweep>(sweep => sweep.RunAsync(CancellationToken.None));
        // The demo's own systems and people are swept too: only this system's deliveries count here.
        IReadOnlyList<WebhookReceiver.Delivery> Deliveries() => [.. receiver.Received.Where(d => d.Json.GetProperty("systemId").GetGuid() == systemId)];
        await Eventually.TrueAsync(() => Task.FromResult(Deliveries().Count >= 1), () => "the webhook for the nurse being allowed");

        var system = factory.CreateClient();
        system.DefaultRequestHeaders.Add("X-Api-Key", key);
        var mayNurse = await CoursesApi.JsonAsync(await system.GetAsync($"/api/compliance/systems/{systemId}/operators/{Uri.EscapeDataString(nurse)}"));
        var mayColleague = await CoursesApi.JsonAsync(await system.GetAsync($"/api/compliance/systems/{systemId}/operators/c-{suffix}"));
        var unknownPerson = await system.GetAsync($"/api/compliance/systems/{systemId}/operators/nobody@nowhere.example");
        var unknownSystem = await system.GetAsync($"/api/compliance/systems/{Guid.NewGuid()}/operators/{Uri.EscapeDataString(nurse)}");
        var noKey = await factory.CreateClient().GetAsync($"/api/compliance/systems/{systemId}/operators/{Uri.EscapeDataString(nurse)}");
        var asPerson = await admin.GetAsync($"/api/compliance/systems/{systemId}/operators/{Uri.EscapeDataString(nurse)}");
        var wrong = factory.CreateClient();
        wrong.DefaultRequestHeaders.Add("X-Api-Key", key[..^4] + "AAAA");
        var wrongKey = await wrong.GetAsync($"/api/compliance/systems/{systemId}/operators/{Uri.EscapeDataString(nurse)}");

        Assert.True(mayNurse.GetProperty("mayOperate").GetBoolean());
        Assert.Equal($"N-{suffix}".ToUpperInvariant(), mayNurse.GetProperty("staffNumber").GetString());
        Assert.False(mayColleague.GetProperty("mayOperate").GetBoolean());
        var reason = mayColleague.GetProperty("reasons").EnumerateArray().Single(r => r.GetProperty("code").GetString() == "Missing");
        Assert.Equal("Sepsis model training", reason.GetProperty("requirement").GetString());
        Assert.False(string.IsNullOrWhiteSpace(Assert.Single(reason.GetProperty("courses").EnumerateArray()).GetString()));
        await unknownPerson.AssertProblemAsync(HttpStatusCode.NotFound);
        await unknownSystem.AssertProblemAsync(HttpStatusCode.NotFound);
        Assert.Equal(HttpStatusCode.Unauthorized, noKey.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, asPerson.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, wrongKey.StatusCode);
        var allowed = Assert.Single(Deliveries());
        AssertSigned(allowed, secret);
        Assert.True(allowed.Json.GetProperty("mayOperate").GetBoolean());
        Assert.Equal(nurse, allowed.Json.GetProperty("email").GetString());

        var certificateId = await factory.WithScopeAsync<CertificationDbContext, Guid>(db => db.Certificates.Where(c => c.OfferingId == offeringId).Select(c => c.Id).SingleAsync());
        (await coordinator.PostAsJsonAsync($"/api/certification/certificates/{certificateId}/revoke", new { reason = "Issued to the wrong person." })).EnsureSuccessStatusCode();
        await Eventually.TrueAsync(() => Task.FromResult(Deliveries().Count >= 2), () => "the webhook for the revocation");
        await factory.WithScopeAsync<StandingSweep>(sweep => sweep.RunAsync(CancellationToken.None));
        var afterRevocation = await CoursesApi.JsonAsync(await system.GetAsync($"/api/compliance/systems/{systemId}/operators/{Uri.EscapeDataString(nurse)}"));

        Assert.False(afterRevocation.GetProperty("mayOperate").GetBoolean());
        Assert.Equal("Missing", afterRevocation.GetProperty("reasons").EnumerateArray().Single(r => r.GetProperty("requirement").ValueKind == JsonValueKind.String).GetProperty("code").GetString());
        Assert.Equal(2, Deliveries().Count);
        var revoked = Deliveries()[^1];
        AssertSigned(revoked, secret);
        Assert.False(revoked.Json.GetProperty("mayOperate").GetBoolean());
        // The nurse, the colleague, the unknown person and the nurse again; refused keys and an unknown system reach no log.
        Assert.Equal(4, await factory.WithScopeAsync<ComplianceDbContext, int>(db => db.StatusApiCalls.CountAsync(c => c.SystemId == systemId)));

        var clientId = issued.GetProperty("id").GetGuid();
        var listed = (await CoursesApi.JsonAsync(await admin.GetAsync("/api/compliance/api-clients"))).EnumerateArray().Single(c => c.GetProperty("id").GetGuid() == clientId);
        Assert.Equal(4, listed.GetProperty("callsLast30Days").GetInt32());
        Assert.Equal(HttpStatusCode.NoContent, (await admin.DeleteAsync($"/api/compliance/api-clients/{clientId}")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await system.GetAsync($"/api/compliance/systems/{systemId}/operators/{Uri.EscapeDataString(nurse)}")).StatusCode);
    }

    [Fact]
    public async Task Keys_are_issued_to_administrators_only_with_a_safe_webhook_address()
    {
        var admin = await factory.CreateClientForAsync("admin@demo.local");
        var coordinator = await factory.CreateClientForAsync("coordinator@demo.local");

        await (await admin.PostAsJsonAsync("/api/compliance/api-clients", new { name = "", webhookUrl = "http://intranet.example/hook" })).AssertValidationProblemAsync("name", "webhookUrl");
        Assert.Equal(HttpStatusCode.Forbidden, (await coordinator.PostAsJsonAsync("/api/compliance/api-clients", new { name = "EHR" })).StatusCode);
        var withoutHook = await CoursesApi.JsonAsync(await admin.PostAsJsonAsync("/api/compliance/api-clients", new { name = "Dashboard" }));

        Assert.StartsWith("hai_", withoutHook.GetProperty("key").GetString());
        Assert.Equal(JsonValueKind.Null, withoutHook.GetProperty("webhookSecret").ValueKind);
        var stored = await factory.WithScopeAsync<ComplianceDbContext, string>(db => db.ApiClients.Where(c => c.Id == withoutHook.GetProperty("id").GetGuid()).Select(c => c.KeyHash).SingleAsync());
        Assert.DoesNotContain(stored, withoutHook.GetProperty("key").GetString());
    }

    [Fact]
    public async Task The_page_issues_a_key_shown_once_and_revokes_it()
    {
        var browser = await factory.CreateCookieClientForAsync("admin@demo.local");
        var token = await HealthAiAcademy.IntegrationTests.Identity.AccountPagesTests.AntiforgeryTokenAsync(browser, "/manage/api-clients");
        var name = $"Device gateway {Guid.NewGuid():N}"[..22];

        var issued = await browser.PostAsync("/manage/api-clients", HealthAiAcademy.IntegrationTests.Identity.AccountPagesTests.Form(token, new() { ["Input.Name"] = name }));
        var html = await issued.Content.ReadAsStringAsync();
        var again = await browser.GetStringAsync("/manage/api-clients");
        var refused = await browser.PostAsync("/manage/api-clients", HealthAiAcademy.IntegrationTests.Identity.AccountPagesTests.Form(token, new() { ["Input.Name"] = "" }));
        var clientId = await factory.WithScopeAsync<ComplianceDbContext, Guid>(db => db.ApiClients.Where(c => c.Name == name).Select(c => c.Id).SingleAsync());
        var revoked = await browser.PostAsync($"/manage/api-clients?handler=Revoke&clientId={clientId}", HealthAiAcademy.IntegrationTests.Identity.AccountPagesTests.Form(token, []));

        Assert.Equal(HttpStatusCode.OK, issued.StatusCode);
        var key = System.Text.RegularExpressions.Regex.Match(html, "id=\"issued-key\" readonly value=\"(hai_[^\"]+)\"").Groups[1].Value;
        Assert.StartsWith("hai_", key);
        Assert.DoesNotContain(key, again);
        Assert.Contains(name, again);
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, revoked.StatusCode);
        Assert.NotNull(await factory.WithScopeAsync<ComplianceDbContext, DateTime?>(db => db.ApiClients.Where(c => c.Id == clientId).Select(c => c.RevokedAtUtc).SingleAsync()));
    }

    private static void AssertSigned(WebhookReceiver.Delivery delivery, string secret)
    {
        Assert.Equal("sha256=" + WebhookPublisher.Sign(secret, delivery.Headers["X-Academy-Timestamp"], delivery.Body), delivery.Headers["X-Academy-Signature"]);
        Assert.True(Guid.TryParse(delivery.Headers["X-Academy-Event"], out _));
    }


    private Task<(string Email, HttpClient Client)> PersonAsync(string name) => HealthAiAcademy.IntegrationTests.Certification.AccreditedRun.PersonAsync(factory, name, "Nurse", null);
}

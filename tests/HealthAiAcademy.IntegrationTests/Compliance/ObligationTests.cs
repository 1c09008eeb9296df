using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using HealthAiAcademy.Certification.Data;
using HealthAiAcademy.Compliance.Data;
using HealthAiAcademy.IntegrationTests.Certification;
using HealthAiAcademy.IntegrationTests.Courses;
using HealthAiAcademy.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace HealthAiAcademy.IntegrationTests.Compliance;

/// <summary>Issue 16, items 2 to 4: the AI-system register, requirements, and who may operate a system, from Certification's events.</summary>
public sealed class ObligationTests(AcademyFactory factory) : IClassFixture<AcademyFactory>
{
    [Fact]
    public async Task A_certificate_of_the_required_course_lets_a_nurse_operate_a_high_risk_system_and_its_revocation_takes_that_away()
    {
        var admin = await factory.CreateClientForAsync("admin@demo.local");
        var coordinator = await factory.CreateClientForAsync("coordinator@demo.local");
        var (nurse, nurseClient) = await PersonAsync("Nina Nurse");
        var (colleague, colleagueClient) = await PersonAsync("Cees Colleague");
        var division = $"Acute {Guid.NewGuid():N}"[..14];
        // Its own function: the demo's literacy requirement names the demo's "ICU nurse".
        var function = $"ICU nurse {division}";
        (await admin.PostAsync("/api/compliance/organisation/hr-imports", new StringContent(
            $"Email;Division;Department;Unit;Function\n{nurse};{division};Intensive care;ICU;{function}\n{colleague};{division};Intensive care;ICU;{function}\n",
            Encoding.UTF8, "text/csv"))).EnsureSuccessStatusCode();
        var chart = await CoursesApi.JsonAsync(await admin.GetAsync("/api/compliance/organisation"));
        var icu = chart.GetProperty("units").EnumerateArray().Single(u => u.GetProperty("path").GetString() == $"{division} / Intensive care / ICU").GetProperty("id").GetGuid();
        var department = chart.GetProperty("units").EnumerateArray().Single(u => u.GetProperty("path").GetString() == $"{division} / Intensive care").GetProperty("id").GetGuid();
        var icuNurse = chart.GetProperty("functions").EnumerateArray().Single(f => f.GetProperty("name").GetString() == function).GetProperty("id").GetGuid();
        var offeringId = await CompletedOffering.CreateAsync(factory, [nurseClient]);
        await CompletedOffering.WaitForCertificatesAsync(factory, offeringId, 1);
        var courseId = (await CoursesApi.JsonAsync(await coordinator.GetAsync($"/api/courses/manage/offerings/{offeringId}"))).GetProperty("courseId").GetGuid();

        var registered = await admin.PostAsJsonAsync("/api/compliance/systems", new
        {
            name = $"Sepsis early warning (ICU) {division}", vendor = "Pacmed", version = "2.1", intendedPurpose = "Predicts sepsis in ICU patients.",
            riskClass = "High", deviceClass = "MdrIIa", ownerEmail = "coordinator@demo.local", goLiveOn = "2026-01-01", status = "InUse", unitIds = new[] { department },
        });
        var systemId = (await CoursesApi.JsonAsync(registered)).GetProperty("id").GetGuid();
        (await admin.PostAsJsonAsync("/api/compliance/requirements", new { title = "Sepsis model for ICU nurses", kind = "Operation", systemId, functionIds = new[] { icuNurse }, courseIds = new[] { courseId }, validForMonths = 24 })).EnsureSuccessStatusCode();
        (await admin.PostAsJsonAsync("/api/compliance/requirements", new { title = "Overseeing the sepsis model", kind = "Oversight", systemId, courseIds = new[] { courseId } })).EnsureSuccessStatusCode();
        (await admin.PostAsJsonAsync("/api/compliance/requirements", new { title = "AI basics for ICU", kind = "Literacy", unitIds = new[] { icu }, courseIds = new[] { courseId }, validForMonths = 24 })).EnsureSuccessStatusCode();
        (await admin.PostAsJsonAsync($"/api/compliance/systems/{systemId}/overseers", new { email = nurse })).EnsureSuccessStatusCode();
        await Eventually.TrueAsync(() => factory.WithScopeAsync<ComplianceDbContext, bool>(db => db.TrainingRecords.AnyAsync(r => r.CourseId == courseId)), () => "the certificate reached Compliance");

        var mine = await CoursesApi.JsonAsync(await nurseClient.GetAsync("/api/compliance/me/obligations"));
        var theirs = await CoursesApi.JsonAsync(await colleagueClient.GetAsync("/api/compliance/me/obligations"));
        var system = await CoursesApi.JsonAsync(await coordinator.GetAsync($"/api/compliance/systems/{systemId}"));

        var completedOn = DateOnly.FromDateTime(HealthAiAcademy.BuildingBlocks.Time.AcademyTime.ToLocal(DateTime.UtcNow));
        Assert.Equal([$"{function}, {division} / Intensive care / ICU"], mine.GetProperty("places").EnumerateArray().Select(p => p.GetString()));
        var obligations = mine.GetProperty("obligations").EnumerateArray().ToDictionary(o => o.GetProperty("title").GetString()!);
        Assert.Equal(["AI basics for ICU", "Overseeing the sepsis model", "Sepsis model for ICU nurses"], obligations.Keys.Order());
        Assert.All(obligations.Values, o => Assert.Equal("Met", o.GetProperty("state").GetString()));
        Assert.Equal(completedOn.AddMonths(24).AddDays(-1).ToString("yyyy-MM-dd"), obligations["AI basics for ICU"].GetProperty("validUntil").GetString());
        var expiresOn = await factory.WithScopeAsync<CertificationDbContext, DateOnly?>(db => db.Certificates.Where(c => c.OfferingId == offeringId).Select(c => c.ExpiresOn).SingleAsync());
        Assert.Equal(expiresOn?.ToString("yyyy-MM-dd"), obligations["Overseeing the sepsis model"].GetProperty("validUntil").GetString());
        var missing = theirs.GetProperty("obligations").EnumerateArray().ToList();
        Assert.Equal(["AI basics for ICU", "Sepsis model for ICU nurses"], missing.Select(o => o.GetProperty("title").GetString()).Order());
        Assert.All(missing, o => Assert.Equal("Missing", o.GetProperty("state").GetString()));
        Assert.Equal(courseId, missing[0].GetProperty("courses")[0].GetProperty("courseId").GetGuid());
        var people = system.GetProperty("people").EnumerateArray().ToDictionary(p => p.GetProperty("fullName").GetString()!);
        Assert.True(people["Nina Nurse"].GetProperty("mayOperate").GetBoolean());
        Assert.True(people["Nina Nurse"].GetProperty("mayOversee").GetBoolean());
        Assert.Equal(completedOn.AddMonths(24).AddDays(-1).ToString("yyyy-MM-dd"), people["Nina Nurse"].GetProperty("operateUntil").GetString());
        Assert.False(people["Cees Colleague"].GetProperty("mayOperate").GetBoolean());
        Assert.Equal(["Sepsis model for ICU nurses"], people["Cees Colleague"].GetProperty("missing").EnumerateArray().Select(m => m.GetString()));
        Assert.Equal(("High", "MdrIIa", "InUse"), (system.GetProperty("riskClass").GetString(), system.GetProperty("deviceClass").GetString(), system.GetProperty("status").GetString()));
        var listed = (await CoursesApi.JsonAsync(await coordinator.GetAsync("/api/compliance/systems"))).EnumerateArray().Single(s => s.GetProperty("id").GetGuid() == systemId);
        Assert.Equal((2, 1), (listed.GetProperty("users").GetInt32(), listed.GetProperty("mayOperate").GetInt32()));

        var coverage = (await CoursesApi.JsonAsync(await coordinator.GetAsync($"/api/compliance/organisation/units/{department}"))).GetProperty("coverage").EnumerateArray()
            .ToDictionary(c => c.GetProperty("title").GetString()!);
        Assert.Equal((1, 2, 50), (coverage["Sepsis model for ICU nurses"].GetProperty("done").GetInt32(), coverage["Sepsis model for ICU nurses"].GetProperty("required").GetInt32(),
            coverage["Sepsis model for ICU nurses"].GetProperty("percent").GetInt32()));
        Assert.Equal(["Cees Colleague"], coverage["AI basics for ICU"].GetProperty("open").EnumerateArray().Select(o => o.GetString()));
        // Oversight counts only the assigned overseer, who works here too.
        Assert.Equal(1, coverage["Overseeing the sepsis model"].GetProperty("required").GetInt32());

        var certificateId = await factory.WithScopeAsync<CertificationDbContext, Guid>(db => db.Certificates.Where(c => c.OfferingId == offeringId).Select(c => c.Id).SingleAsync());
        (await coordinator.PostAsJsonAsync($"/api/certification/certificates/{certificateId}/revoke", new { reason = "Attendance list was wrong." })).EnsureSuccessStatusCode();
        await Eventually.TrueAsync(async () =>
        {
            var now = await CoursesApi.JsonAsync(await coordinator.GetAsync($"/api/compliance/systems/{systemId}"));
            return !now.GetProperty("people").EnumerateArray().Single(p => p.GetProperty("fullName").GetString() == "Nina Nurse").GetProperty("mayOperate").GetBoolean();
        }, () => "the revocation reached Compliance");
        var after = await CoursesApi.JsonAsync(await nurseClient.GetAsync("/api/compliance/me/obligations"));
        Assert.All(after.GetProperty("obligations").EnumerateArray(), o => Assert.Equal("Missing", o.GetProperty("state").GetString()));
    }

    [Fact]
    public async Task Certificates_issued_before_Compliance_knew_of_them_reach_it_when_an_administrator_announces_them_again()
    {
        var admin = await factory.CreateClientForAsync("admin@demo.local");
        var (_, person) = await PersonAsync("Bea Backfill");
        var offeringId = await CompletedOffering.CreateAsync(factory, [person]);
        await CompletedOffering.WaitForCertificatesAsync(factory, offeringId, 1);
        var certificateId = await factory.WithScopeAsync<CertificationDbContext, Guid>(db => db.Certificates.Where(c => c.OfferingId == offeringId).Select(c => c.Id).SingleAsync());
        await Eventually.TrueAsync(() => factory.WithScopeAsync<ComplianceDbContext, bool>(db => db.TrainingRecords.AnyAsync(r => r.CertificateId == certificateId)), () => "the first announcement");
        // As if the module had come after the certificate.
        await factory.WithScopeAsync<ComplianceDbContext>(db => db.TrainingRecords.Where(r => r.CertificateId == certificateId).ExecuteDeleteAsync());

        var announced = await admin.PostAsync("/api/certification/certificates/announcements", null);
        var byCoordinator = await (await factory.CreateClientForAsync("coordinator@demo.local")).PostAsync("/api/certification/certificates/announcements", null);

        Assert.True((await CoursesApi.JsonAsync(announced)).GetProperty("announced").GetInt32() >= 1);
        Assert.Equal(HttpStatusCode.Forbidden, byCoordinator.StatusCode);
        await Eventually.TrueAsync(() => factory.WithScopeAsync<ComplianceDbContext, bool>(db => db.TrainingRecords.AnyAsync(r => r.CertificateId == certificateId)), () => "the backfill");
        await (await admin.PostAsync("/api/certification/certificates/announcements", null)).Content.ReadAsStringAsync();
        await Eventually.TrueAsync(async () => await factory.WithScopeAsync<CertificationDbContext, int>(db => db.OutboxMessages.CountAsync(m => m.ProcessedAtUtc == null)) == 0,
            () => "the second announcement delivered");
        Assert.Equal(1, await factory.WithScopeAsync<ComplianceDbContext, int>(db => db.TrainingRecords.CountAsync(r => r.CertificateId == certificateId)));
    }

    [Fact]
    public async Task The_register_and_the_requirements_refuse_what_does_not_hold()
    {
        var admin = await factory.CreateClientForAsync("admin@demo.local");
        var coordinator = await factory.CreateClientForAsync("coordinator@demo.local");
        var name = $"Triage bot {Guid.NewGuid():N}"[..20];
        object System(string riskClass = "Limited", string status = "Planned", string owner = "admin@demo.local", string? retiredOn = null) => new
        {
            name, vendor = "In-house", intendedPurpose = "Sorts referrals.", riskClass, ownerEmail = owner, status, goLiveOn = "2027-01-01", retiredOn,
        };

        var first = await admin.PostAsJsonAsync("/api/compliance/systems", System());
        var twice = await admin.PostAsJsonAsync("/api/compliance/systems", System());
        var prohibited = await admin.PostAsJsonAsync("/api/compliance/systems", System(riskClass: "Prohibited", status: "InUse"));
        var nobody = await admin.PostAsJsonAsync("/api/compliance/systems", new { name = name + "x", vendor = "V", intendedPurpose = "P", riskClass = "Minimal", ownerEmail = "nobody@nowhere.example", status = "Planned" });
        var backwards = await admin.PostAsJsonAsync("/api/compliance/systems", new { name = name + "y", vendor = "V", intendedPurpose = "P", riskClass = "Minimal", ownerEmail = "admin@demo.local", status = "Retired", goLiveOn = "2027-01-01", retiredOn = "2026-01-01" });
        var empty = await admin.PostAsJsonAsync("/api/compliance/systems", new { });
        var byCoordinator = await coordinator.PostAsJsonAsync("/api/compliance/systems", System());
        var systemId = (await CoursesApi.JsonAsync(first)).GetProperty("id").GetGuid();
        var noCourse = await admin.PostAsJsonAsync("/api/compliance/requirements", new { title = "X", kind = "Operation", systemId, courseIds = Array.Empty<Guid>() });
        var noSystem = await admin.PostAsJsonAsync("/api/compliance/requirements", new { title = "X", kind = "Oversight", courseIds = new[] { Guid.NewGuid() } });
        var retire = await admin.PutAsJsonAsync($"/api/compliance/systems/{systemId}", System(status: "Retired", retiredOn: "2027-06-30"));
        var noOverseer = await admin.DeleteAsync($"/api/compliance/systems/{systemId}/overseers/{Guid.NewGuid()}");

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        await twice.AssertProblemAsync(HttpStatusCode.Conflict);
        await prohibited.AssertValidationProblemAsync("status");
        await nobody.AssertValidationProblemAsync("ownerEmail");
        await backwards.AssertValidationProblemAsync("retiredOn");
        await empty.AssertValidationProblemAsync("name", "vendor", "intendedPurpose", "riskClass", "status", "ownerEmail");
        Assert.Equal(HttpStatusCode.Forbidden, byCoordinator.StatusCode);
        await noCourse.AssertValidationProblemAsync("courseIds");
        await noSystem.AssertValidationProblemAsync("systemId", "courseIds");
        Assert.Equal(HttpStatusCode.NoContent, retire.StatusCode);
        Assert.Equal("Retired", (await CoursesApi.JsonAsync(await coordinator.GetAsync($"/api/compliance/systems/{systemId}"))).GetProperty("status").GetString());
        Assert.Equal(HttpStatusCode.NotFound, noOverseer.StatusCode);
        var audit = await CoursesApi.JsonAsync(await admin.GetAsync("/api/admin/audit?action=AiSystemChanged"));
        Assert.True(audit.GetProperty("total").GetInt32() >= 2);
    }

    [Fact]
    public async Task The_register_pages_register_a_system_give_the_form_again_with_what_to_fix_and_read_only_for_coordinators()
    {
        var browser = await factory.CreateCookieClientForAsync("admin@demo.local");
        var coordinator = await factory.CreateCookieClientForAsync("coordinator@demo.local");
        var name = $"Pages model {Guid.NewGuid():N}"[..20];
        var token = await HealthAiAcademy.IntegrationTests.Identity.AccountPagesTests.AntiforgeryTokenAsync(browser, "/manage/ai-systems");

        var refused = await browser.PostAsync("/manage/ai-systems", HealthAiAcademy.IntegrationTests.Identity.AccountPagesTests.Form(token, new() { ["Input.Name"] = name }));
        var registered = await browser.PostAsync("/manage/ai-systems", HealthAiAcademy.IntegrationTests.Identity.AccountPagesTests.Form(token, new()
        {
            ["Input.Name"] = name, ["Input.Vendor"] = "In-house", ["Input.IntendedPurpose"] = "Summarises discharge letters.", ["Input.RiskClass"] = "Limited",
            ["Input.DeviceClass"] = "None", ["Input.OwnerEmail"] = "admin@demo.local", ["Input.Status"] = "Planned",
        }));
        var location = registered.Headers.Location?.OriginalString;
        var page = System.Net.WebUtility.HtmlDecode(await browser.GetStringAsync(location!));
        var readOnly = await coordinator.GetStringAsync(location!);
        var obligations = await coordinator.GetStringAsync("/learning/obligations");

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var problems = System.Net.WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync());
        Assert.Contains("The vendor, 1 to 200 characters", problems);
        Assert.Contains("The AI Act risk class: Prohibited, High, Limited or Minimal.", problems);
        Assert.Equal(HttpStatusCode.Redirect, registered.StatusCode);
        Assert.StartsWith("/manage/ai-systems/", location);
        Assert.Contains(name, page);
        Assert.Contains("Limited risk", page);
        Assert.Contains("Change the register entry", page);
        Assert.DoesNotContain("Change the register entry", readOnly);
        Assert.Contains("My obligations", obligations);
    }


    private Task<(string Email, HttpClient Client)> PersonAsync(string name) => HealthAiAcademy.IntegrationTests.Certification.AccreditedRun.PersonAsync(factory, name, "Nurse", null);
}

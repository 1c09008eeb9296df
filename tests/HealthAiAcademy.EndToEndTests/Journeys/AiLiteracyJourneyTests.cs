using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using HealthAiAcademy.Tests.Support;
using Microsoft.Playwright;
using UglyToad.PdfPig;

namespace HealthAiAcademy.EndToEndTests.Journeys;

/// <summary>
/// Issue 16: an administrator imports the HR file and registers the ICU's sepsis model with its training; an ICU nurse
/// completes the course; the status API says who may operate it, the department's evidence report shows the coverage
/// before and after, a revocation flips the answer and the webhook fires once; a colleague's training elsewhere, approved
/// by a coordinator, lets her operate it too.
/// </summary>
public sealed class AiLiteracyJourneyTests(BrowserHost host) : IClassFixture<BrowserHost>
{
    private const string Password = "Literacy-Journey-2026";
    private const string SystemName = "Sepsis early warning (ICU, E-wing)";
    private const string Function = "ICU nurse E-wing";
    private const string Department = "Acute care E / Intensive care E";

    [Fact]
    public async Task The_hospital_knows_who_may_operate_its_sepsis_model_and_can_prove_its_staffs_AI_literacy()
    {
        using var receiver = new WebhookReceiver();
        var (offeringId, sessionId, courseTitle) = await SepsisCourseAsync();
        var nurse = await PersonAsync("Ilse ICU");
        var colleague = await PersonAsync("Carla Colleague");
        var admin = await host.NewPageAsync();
        var coordinator = await host.NewPageAsync();
        var colleaguePage = await host.NewPageAsync();
        try
        {
            // The administrator imports the HR file on the page.
            await BrowserHost.SignInAsync(admin, "admin@demo.local");
            await admin.GotoAsync("/manage/organisation/import");
            await BrowserHost.AssertAccessibleAsync(admin);
            await admin.GetByLabel("HR file (CSV, at most 5 MB)").SetInputFilesAsync(new FilePayload
            {
                Name = "hr-export.csv", MimeType = "text/csv",
                Buffer = Encoding.UTF8.GetBytes($"Staff number;Email;Division;Department;Unit;Function\nE-1001;{nurse.Email};Acute care E;Intensive care E;ICU E-wing;{Function}\n" +
                    $"E-1002;{colleague.Email};Acute care E;Intensive care E;ICU E-wing;{Function}\nE-9999;gone@umc.example;Acute care E;Intensive care E;ICU E-wing;{Function}\n"),
            });
            await admin.GetByRole(AriaRole.Button, new() { Name = "Import", Exact = true }).ClickAsync();
            await admin.GetByRole(AriaRole.Status).GetByText("3 line(s) read: 2 people matched").WaitForAsync();
            await BrowserHost.AssertAccessibleAsync(admin);

            // ... registers the sepsis model as high-risk, used by the department, with the nurse as overseer.
            await admin.GotoAsync("/manage/ai-systems");
            await admin.GetByLabel("Name", new() { Exact = true }).FillAsync(SystemName);
            await admin.GetByLabel("Vendor").FillAsync("Pacmed");
            await admin.GetByLabel("Intended purpose").FillAsync("Predicts sepsis in the next 24 hours for adult ICU patients.");
            await admin.GetByLabel("AI Act risk class").SelectOptionAsync(new SelectOptionValue { Label = "High risk" });
            await admin.GetByLabel("Medical device class (MDR/IVDR)").SelectOptionAsync(new SelectOptionValue { Label = "MDR IIa" });
            await admin.GetByLabel("Owner (email of their account)").FillAsync("admin@demo.local");
            await admin.GetByLabel("Status").SelectOptionAsync(new SelectOptionValue { Label = "In use" });
            await admin.GetByLabel(Department, new() { Exact = true }).CheckAsync();
            await admin.GetByRole(AriaRole.Button, new() { Name = "Register", Exact = true }).ClickAsync();
            await BrowserHost.ArriveAtAsync(admin, "/manage/ai-systems/[0-9a-f-]{36}$");
            var systemId = Guid.Parse(admin.Url.Split('/')[^1]);
            await admin.GetByLabel("Assign an overseer (email of their account)").FillAsync(nurse.Email);
            await admin.GetByRole(AriaRole.Button, new() { Name = "Assign", Exact = true }).ClickAsync();
            await admin.GetByText("The overseer is assigned.").WaitForAsync();
            await AddRequirementAsync(admin, "Sepsis model training", "Using the system", Function, courseTitle);
            await AddRequirementAsync(admin, "Overseeing the sepsis model (E-wing)", "Overseeing the system", null, courseTitle);
            await BrowserHost.AssertAccessibleAsync(admin);

            // ... and gives the EHR a key for the status API with a webhook.
            await admin.GotoAsync("/manage/api-clients");
            await admin.GetByLabel("The system's name").FillAsync("EHR sepsis module");
            await admin.GetByLabel("Webhook address (optional, https)").FillAsync(receiver.Url);
            await admin.GetByRole(AriaRole.Button, new() { Name = "Issue the key" }).ClickAsync();
            var key = await admin.GetByLabel("API key").InputValueAsync();
            var secret = await admin.GetByLabel("Webhook secret").InputValueAsync();
            await BrowserHost.AssertAccessibleAsync(admin);
            var ehr = host.Factory.CreateClient();
            ehr.DefaultRequestHeaders.Add("X-Api-Key", key);

            // Before anyone completed the course, the department's report shows nobody covered.
            await BrowserHost.SignInAsync(coordinator, "coordinator@demo.local");
            var before = await IssueReportAsync(coordinator);
            Assert.Contains("Sepsis model training", before);
            Assert.Contains("0 of 2 (0%)", before);

            // The nurse completes the course: her certificate reaches Compliance, and the EHR hears she may operate.
            var api = await host.Factory.CreateClientForAsync("coordinator@demo.local");
            var enrollmentId = (await BrowserHost.JsonAsync(await nurse.Client.PostAsJsonAsync($"/api/enrollment/offerings/{offeringId}/enrollments", new { }))).GetProperty("id").GetGuid();
            (await api.PutAsJsonAsync($"/api/enrollment/sessions/{sessionId}/attendance", new { records = new[] { new { enrollmentId, status = "Present" } } })).EnsureSuccessStatusCode();
            IReadOnlyList<WebhookReceiver.Delivery> About(string email) =>
                [.. receiver.Received.Where(d => d.Json.GetProperty("systemId").GetGuid() == systemId && d.Json.GetProperty("email").GetString() == email)];
            await Eventually.TrueAsync(() => Task.FromResult(About(nurse.Email).Count == 1), "the webhook saying the nurse may operate", 60);

            var mayNurse = await BrowserHost.JsonAsync(await ehr.GetAsync($"/api/compliance/systems/{systemId}/operators/{Uri.EscapeDataString(nurse.Email)}"));
            var mayColleague = await BrowserHost.JsonAsync(await ehr.GetAsync($"/api/compliance/systems/{systemId}/operators/E-1002"));
            Assert.True(mayNurse.GetProperty("mayOperate").GetBoolean());
            Assert.True(mayNurse.GetProperty("mayOversee").GetBoolean());
            Assert.False(mayColleague.GetProperty("mayOperate").GetBoolean());
            var missing = mayColleague.GetProperty("reasons").EnumerateArray().Single(r => r.GetProperty("code").GetString() == "Missing");
            Assert.Equal("Sepsis model training", missing.GetProperty("requirement").GetString());
            Assert.Contains(courseTitle, missing.GetProperty("courses").EnumerateArray().Select(c => c.GetString()!).Single());

            // After: half the department is covered; the report's PDF states the CSV's SHA-256.
            var after = await IssueReportAsync(coordinator);
            Assert.Contains("1 of 2 (50%)", after);
            Assert.Contains("Ilse ICU", after);
            Assert.Contains("Carla Colleague", after);
            await coordinator.GotoAsync("/manage/organisation");
            await coordinator.GetByRole(AriaRole.Link, new() { Name = Department, Exact = true }).ClickAsync();
            await coordinator.Locator("[data-testid=trend-chart]").WaitForAsync();
            Assert.Contains("1 of 2 (50%)", await coordinator.Locator("[data-testid='trend-Sepsis model training']").InnerTextAsync());
            await BrowserHost.AssertAccessibleAsync(coordinator);

            // The coordinator revokes the certificate on the page: the EHR's answer flips, and the webhook fires once more.
            await coordinator.GotoAsync($"/manage/offerings/{offeringId}/certificates");
            await coordinator.GetByLabel("Reason to revoke the certificate of Ilse ICU").FillAsync("Attendance was recorded for the wrong session.");
            await coordinator.GetByRole(AriaRole.Button, new() { Name = "Revoke the certificate of Ilse ICU" }).ClickAsync();
            await Eventually.TrueAsync(() => Task.FromResult(About(nurse.Email).Count >= 2), "the webhook for the revocation", 60);
            var afterRevocation = await BrowserHost.JsonAsync(await ehr.GetAsync($"/api/compliance/systems/{systemId}/operators/E-1001"));
            Assert.False(afterRevocation.GetProperty("mayOperate").GetBoolean());
            var deliveries = About(nurse.Email);
            Assert.Equal([true, false], deliveries.Select(d => d.Json.GetProperty("mayOperate").GetBoolean()));
            Assert.All(deliveries, d => Assert.Equal(
                "sha256=" + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes($"{d.Headers["X-Academy-Timestamp"]}.{d.Body}"))),
                d.Headers["X-Academy-Signature"]));

            // The colleague followed the vendor's training elsewhere: she records it, a coordinator approves it, and she may operate.
            await BrowserHost.SignInAsync(colleaguePage, colleague.Email, Password);
            await colleaguePage.GotoAsync("/learning/obligations");
            await BrowserHost.AssertAccessibleAsync(colleaguePage);
            await colleaguePage.GetByLabel("For the requirement").SelectOptionAsync(new SelectOptionValue { Label = "Sepsis model training" });
            await colleaguePage.GetByLabel("Title of the training").FillAsync("Pacmed Sepsis user training");
            await colleaguePage.GetByLabel("Provider").FillAsync("Pacmed");
            await colleaguePage.GetByLabel("Date it ended").FillAsync(DateTime.UtcNow.AddDays(-7).ToString("yyyy-MM-dd"));
            await colleaguePage.GetByLabel("Evidence (PDF, PNG or JPEG, at most 5 MB)").SetInputFilesAsync(new FilePayload
            {
                Name = "pacmed-certificate.pdf", MimeType = "application/pdf", Buffer = Encoding.ASCII.GetBytes("%PDF-1.4\n% Pacmed user training\n%%EOF\n"),
            });
            await colleaguePage.GetByRole(AriaRole.Button, new() { Name = "Send for approval" }).ClickAsync();
            await colleaguePage.GetByText("Your training is recorded; a coordinator looks at the evidence and decides.").WaitForAsync();
            await BrowserHost.AssertAccessibleAsync(colleaguePage);

            await coordinator.GotoAsync("/manage/equivalents");
            await BrowserHost.AssertAccessibleAsync(coordinator);
            var waiting = coordinator.Locator("[data-testid=waiting-equivalent]", new() { HasText = "Carla Colleague" });
            await waiting.GetByRole(AriaRole.Button, new() { Name = "Approve Carla Colleague: Pacmed Sepsis user training" }).ClickAsync();
            await coordinator.GetByText("Approved: it meets the requirement from today.").WaitForAsync();
            await BrowserHost.AssertAccessibleAsync(coordinator);
            await Eventually.TrueAsync(() => Task.FromResult(About(colleague.Email).Count == 1), "the webhook saying the colleague may operate", 60);
            Assert.True((await BrowserHost.JsonAsync(await ehr.GetAsync($"/api/compliance/systems/{systemId}/operators/E-1002"))).GetProperty("mayOperate").GetBoolean());
            await colleaguePage.ReloadAsync();
            Assert.Contains("training elsewhere, approved by a coordinator",
                await colleaguePage.Locator("[data-testid=obligation]", new() { HasText = "Sepsis model training" }).InnerTextAsync());
        }
        catch (Exception failure)
        {
            throw await BrowserHost.FailedAsync(failure, (admin, "literacy-admin"), (coordinator, "literacy-coordinator"), (colleaguePage, "literacy-colleague"));
        }
    }

    private static async Task AddRequirementAsync(IPage admin, string title, string kind, string? function, string courseTitle)
    {
        await admin.GetByLabel("Title", new() { Exact = true }).FillAsync(title);
        await admin.GetByLabel(kind, new() { Exact = true }).CheckAsync();
        if (function is not null)
        {
            await admin.GetByLabel(function, new() { Exact = true }).CheckAsync();
        }

        await admin.GetByLabel(courseTitle).CheckAsync();
        await admin.GetByLabel("Valid for (months; empty: for good)").FillAsync("24");
        await admin.GetByRole(AriaRole.Button, new() { Name = "Add the requirement" }).ClickAsync();
        await admin.GetByText("The requirement is added.").WaitForAsync();
    }

    /// <summary>Issues the department's report on the page and reads its PDF back as the coordinator downloads it.</summary>
    private static async Task<string> IssueReportAsync(IPage coordinator)
    {
        await coordinator.GotoAsync("/manage/evidence-reports");
        await coordinator.GetByLabel("For", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = Department });
        await coordinator.GetByRole(AriaRole.Button, new() { Name = "Issue the report (PDF and CSV)" }).ClickAsync();
        var notice = await coordinator.GetByRole(AriaRole.Status).First.InnerTextAsync();
        Assert.Contains($"The report for {Department}", notice);
        await BrowserHost.AssertAccessibleAsync(coordinator);
        var row = coordinator.Locator("[data-testid=evidence-report]").First;
        var download = await coordinator.RunAndWaitForDownloadAsync(() => row.GetByRole(AriaRole.Link, new() { Name = "PDF" }).ClickAsync());
        var pdf = await File.ReadAllBytesAsync(await download.PathAsync());
        using var document = PdfDocument.Open(pdf);
        var words = string.Join(' ', document.GetPages().SelectMany(p => p.GetWords()).Select(w => w.Text));
        var sha = (await row.Locator("code.hash").InnerTextAsync()).Trim();
        Assert.Contains(sha, notice);
        Assert.Contains(sha, words.Replace(" ", ""));
        return words;
    }

    private async Task<(string Email, HttpClient Client)> PersonAsync(string name)
    {
        var email = $"{Guid.NewGuid():N}@umc.example";
        (await host.Factory.CreateClient().PostAsJsonAsync("/api/auth/register", new { email, password = Password, fullName = name, profession = "Nurse" }))
            .EnsureSuccessStatusCode();
        return (email, await host.Factory.CreateClientForAsync(email, Password));
    }

    private async Task<(Guid OfferingId, Guid SessionId, string CourseTitle)> SepsisCourseAsync()
    {
        const string title = "Working safely with sepsis prediction";
        var coordinator = await host.Factory.CreateClientForAsync("coordinator@demo.local");
        var started = DateTime.UtcNow.Date.AddDays(-3).AddHours(12);
        static string Utc(DateTime value) => value.ToString("yyyy-MM-ddTHH:mm:ss'Z'", System.Globalization.CultureInfo.InvariantCulture);
        var courseId = (await BrowserHost.JsonAsync(await coordinator.PostAsJsonAsync("/api/courses/courses", new
        {
            code = "SEPSIS-E", title, summary = "For ICU nurses who use the sepsis model.", language = "en", studyLoadHours = 3,
            learningObjectives = new[] { "Explain what the sepsis score predicts", "Recognise when not to trust it" }, certificateValidityMonths = 24,
        }))).GetProperty("id").GetGuid();
        var offeringId = (await BrowserHost.JsonAsync(await coordinator.PostAsJsonAsync("/api/courses/offerings", new
        {
            courseId, kind = "ClinicianCourse", cohortLabel = "E-wing", startsAt = Utc(started), endsAt = "2030-03-01T17:00",
            enrollmentOpensAt = "2020-01-01T00:00", enrollmentClosesAt = "2030-02-01T00:00", cancellationDeadline = Utc(started.AddDays(-1)),
            capacity = 20, enrollmentPolicy = "Open", delivery = "InPerson", location = "Skills lab", minimumAttendancePercent = 100,
        }))).GetProperty("id").GetGuid();
        var sessionId = (await BrowserHost.JsonAsync(await coordinator.PostAsJsonAsync($"/api/courses/offerings/{offeringId}/sessions",
            new { startsAt = Utc(started.AddHours(1)), durationMinutes = 180, topic = "The sepsis score at the bedside" }))).GetProperty("id").GetGuid();
        (await coordinator.PostAsync($"/api/courses/offerings/{offeringId}/publish", null)).EnsureSuccessStatusCode();
        return (offeringId, sessionId, title);
    }
}

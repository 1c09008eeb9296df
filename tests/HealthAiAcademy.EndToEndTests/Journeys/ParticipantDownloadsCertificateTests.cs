using System.Net.Http.Json;
using System.Text.Json;
using HealthAiAcademy.Tests.Support;
using Microsoft.Playwright;

namespace HealthAiAcademy.EndToEndTests.Journeys;

public sealed class ParticipantDownloadsCertificateTests(BrowserHost host) : IClassFixture<BrowserHost>
{
    [Fact]
    public async Task A_participant_who_completed_an_offering_downloads_the_certificate_and_opens_its_verification_link()
    {
        await CompleteAnOfferingAsync();
        var page = await host.NewPageAsync();
        try
        {
            await page.GotoAsync("/account/login");
            await BrowserHost.AssertAccessibleAsync(page);
            await page.GetByLabel("Email").FillAsync("participant@demo.local");
            await page.GetByLabel("Password").FillAsync(AcademyFactory.DemoPassword);
            await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
            await BrowserHost.ArriveAtAsync(page, "/catalog$");
            await BrowserHost.AssertAccessibleAsync(page);

            await page.GetByRole(AriaRole.Link, new() { Name = "My certificates" }).ClickAsync();
            await Eventually.TrueAsync(async () =>
            {
                await page.ReloadAsync();
                return await page.Locator("[data-testid=certificates] .card").CountAsync() > 0;
            }, "the certificate was issued");
            var card = page.Locator("[data-testid=certificates] .card").Filter(new() { HasText = "Responsible AI at the bedside" });
            var download = await page.RunAndWaitForDownloadAsync(() => card.GetByRole(AriaRole.Link, new() { Name = "Download the certificate (PDF)" }).ClickAsync());
            var path = await download.PathAsync();
            var header = new byte[5];
            await using (var file = File.OpenRead(path))
            {
                await file.ReadExactlyAsync(header);
            }

            Assert.Equal("%PDF-", System.Text.Encoding.ASCII.GetString(header));
            Assert.StartsWith("certificate-HAIA-", download.SuggestedFilename);

            await card.GetByRole(AriaRole.Link, new() { Name = "Open it" }).ClickAsync();
            await BrowserHost.ArriveAtAsync(page, "/verify/[^/]+$");
            await BrowserHost.AssertAccessibleAsync(page);
            Assert.StartsWith("Valid.", (await page.Locator("[data-testid=verification-status]").InnerTextAsync()).Trim());
            var facts = await page.Locator("[data-testid=verification]").InnerTextAsync();
            Assert.Contains("Łukasz Şahin-de Vries", facts);
            Assert.Contains("GAIA/KNMG 6 points", facts);
        }
        catch (Exception failure)
        {
            throw await BrowserHost.FailedAsync(failure, (page, "certificate"));
        }
    }

    private async Task CompleteAnOfferingAsync()
    {
        var coordinator = await host.Factory.CreateClientForAsync("coordinator@demo.local");
        var participant = await host.Factory.CreateClientForAsync("participant@demo.local");
        // The course took place (attendance is taken only from a session's start): it began three days ago.
        var started = DateTime.UtcNow.Date.AddDays(-3).AddHours(12);
        static string Utc(DateTime value) => value.ToString("yyyy-MM-ddTHH:mm:ss'Z'", System.Globalization.CultureInfo.InvariantCulture);
        var courseId = (await BrowserHost.JsonAsync(await coordinator.PostAsJsonAsync("/api/courses/courses", new
        {
            code = "BEDSIDE-RAI", title = "Responsible AI at the bedside", summary = "Accredited course for clinicians.", language = "en", studyLoadHours = 6,
            learningObjectives = new[] { "Judge when a model's advice applies to a patient" },
            accreditations = new[] { new { registry = "GAIA/KNMG", accreditationId = "G-2030-17", points = 6.0, profession = "Medical specialists" } },
            certificateValidityMonths = 36,
        }))).GetProperty("id").GetGuid();
        var offeringId = (await BrowserHost.JsonAsync(await coordinator.PostAsJsonAsync("/api/courses/offerings", new
        {
            courseId, kind = "ClinicianCourse", cohortLabel = "2030", startsAt = Utc(started), endsAt = "2030-03-01T17:00",
            enrollmentOpensAt = "2020-01-01T00:00", enrollmentClosesAt = "2030-02-01T00:00", cancellationDeadline = Utc(started.AddDays(-1)),
            capacity = 20, enrollmentPolicy = "Open", delivery = "InPerson",
            location = "Skills lab", minimumAttendancePercent = 100,
        }))).GetProperty("id").GetGuid();
        var sessionId = (await BrowserHost.JsonAsync(await coordinator.PostAsJsonAsync($"/api/courses/offerings/{offeringId}/sessions",
            new { startsAt = Utc(started.AddHours(1)), durationMinutes = 240, topic = "Cases" }))).GetProperty("id").GetGuid();
        (await coordinator.PostAsync($"/api/courses/offerings/{offeringId}/publish", null)).EnsureSuccessStatusCode();
        var enrollmentId = (await BrowserHost.JsonAsync(await participant.PostAsJsonAsync($"/api/enrollment/offerings/{offeringId}/enrollments", new { }))).GetProperty("id").GetGuid();
        (await coordinator.PutAsJsonAsync($"/api/enrollment/sessions/{sessionId}/attendance",
            new { records = new[] { new { enrollmentId, status = "Present" } } })).EnsureSuccessStatusCode();
    }
}

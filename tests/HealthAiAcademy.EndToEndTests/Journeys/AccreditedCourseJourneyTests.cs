using System.Net.Http.Json;
using ClosedXML.Excel;
using HealthAiAcademy.Tests.Support;
using Microsoft.Playwright;
using UglyToad.PdfPig;

namespace HealthAiAcademy.EndToEndTests.Journeys;

/// <summary>
/// Issue 15: a nurse and a medical specialist complete the same accredited course whose certificate waits for the evaluation;
/// each certificate carries only the points of its holder's registry, and the GAIA presence list only the specialist.
/// </summary>
public sealed class AccreditedCourseJourneyTests(BrowserHost host) : IClassFixture<BrowserHost>
{
    private const string Password = "Accredited-Journey-2026";

    [Fact]
    public async Task A_nurse_and_a_specialist_complete_an_accredited_course_each_earning_their_own_registrys_points_after_the_evaluation()
    {
        var (offeringId, sessionId) = await AccreditedOfferingAsync();
        var coordinator = await host.NewPageAsync();
        var specialistPage = await host.NewPageAsync();
        try
        {
            await BrowserHost.SignInAsync(coordinator, "coordinator@demo.local");
            await coordinator.GotoAsync($"/manage/offerings/{offeringId}/evaluation");
            await BrowserHost.AssertAccessibleAsync(coordinator);
            await coordinator.GetByLabel("The certificate waits until the participant has answered").CheckAsync();
            await coordinator.GetByRole(AriaRole.Button, new() { Name = "Use the standard evaluation" }).ClickAsync();
            await coordinator.GetByText("The evaluation is saved.").WaitForAsync();
            await BrowserHost.AssertAccessibleAsync(coordinator);

            var specialist = await PersonAsync("Sofie Specialist", "Medical specialist", "19012345631");
            var nurse = await PersonAsync("Nadia Nurse", "Nurse", "49012345632");
            var api = await host.Factory.CreateClientForAsync("coordinator@demo.local");
            var enrollments = new List<Guid>();
            foreach (var person in new[] { specialist.Client, nurse.Client })
            {
                enrollments.Add((await BrowserHost.JsonAsync(await person.PostAsJsonAsync($"/api/enrollment/offerings/{offeringId}/enrollments", new { }))).GetProperty("id").GetGuid());
            }

            (await api.PutAsJsonAsync($"/api/enrollment/sessions/{sessionId}/attendance",
                new { records = enrollments.Select(id => new { enrollmentId = id, status = "Present" }) })).EnsureSuccessStatusCode();

            // The specialist met every rule but the evaluation: no certificate yet, and My learning says why.
            await BrowserHost.SignInAsync(specialistPage, specialist.Email, Password);
            await specialistPage.GotoAsync("/learning/certificates");
            Assert.Equal(0, await specialistPage.Locator("[data-testid=certificates] .card").CountAsync());
            await specialistPage.GotoAsync("/learning");
            await BrowserHost.AssertAccessibleAsync(specialistPage);
            await specialistPage.GetByRole(AriaRole.Link, new() { Name = "Evaluate AI in acute care" }).ClickAsync();
            await BrowserHost.ArriveAtAsync(specialistPage, "/evaluation$");
            await BrowserHost.AssertAccessibleAsync(specialistPage);
            foreach (var group in await specialistPage.Locator("fieldset.likert").AllAsync())
            {
                await group.GetByLabel("4 – Agree").CheckAsync();
            }

            await specialistPage.GetByLabel("7. What will you apply in your practice?").FillAsync("Checking the calibration of sepsis alerts.");
            await specialistPage.GetByRole(AriaRole.Button, new() { Name = "Send my evaluation" }).ClickAsync();
            await specialistPage.GetByText("Thank you for your evaluation. You have completed the course").WaitForAsync();

            await specialistPage.GotoAsync("/learning/certificates");
            await Eventually.TrueAsync(async () =>
            {
                await specialistPage.ReloadAsync();
                return await specialistPage.Locator("[data-testid=certificates] .card").CountAsync() > 0;
            }, "the specialist's certificate was issued");
            await BrowserHost.AssertAccessibleAsync(specialistPage);
            var download = await specialistPage.RunAndWaitForDownloadAsync(() =>
                specialistPage.GetByRole(AriaRole.Link, new() { Name = "Download the certificate (PDF)" }).ClickAsync());
            var specialistText = PdfText(await File.ReadAllBytesAsync(await download.PathAsync()));
            Assert.Contains("GAIA/KNMG 4 points", specialistText);
            Assert.DoesNotContain("V&VN", specialistText);

            // The nurse answers too (through the API); her certificate carries the nurses' register only.
            var form = await BrowserHost.JsonAsync(await nurse.Client.GetAsync($"/api/enrollment/me/offerings/{offeringId}/evaluation"));
            (await nurse.Client.PostAsJsonAsync($"/api/enrollment/me/offerings/{offeringId}/evaluation", new
            {
                answers = form.GetProperty("items").EnumerateArray().Select(i => new { itemId = i.GetProperty("id").GetGuid(), score = i.GetProperty("kind").GetString() == "Likert" ? (int?)5 : null }),
            })).EnsureSuccessStatusCode();
            Guid? nurseCertificate = null;
            await Eventually.TrueAsync(async () =>
            {
                nurseCertificate = (await BrowserHost.JsonAsync(await nurse.Client.GetAsync("/api/certification/me/certificates"))).EnumerateArray()
                    .Where(c => c.GetProperty("offeringId").GetGuid() == offeringId).Select(c => (Guid?)c.GetProperty("id").GetGuid()).FirstOrDefault();
                return nurseCertificate is not null;
            }, "the nurse's certificate was issued");
            var nurseText = PdfText(await nurse.Client.GetByteArrayAsync($"/api/certification/certificates/{nurseCertificate}/pdf"));
            Assert.Contains("V&VN Kwaliteitsregister 3 points", nurseText);
            Assert.DoesNotContain("GAIA", nurseText);

            // The coordinator reports presence to GAIA: the specialist is on the list, the nurse is not.
            await coordinator.GotoAsync($"/manage/offerings/{offeringId}/registry-exports");
            await BrowserHost.AssertAccessibleAsync(coordinator);
            var gaia = coordinator.Locator("[data-testid='registry-GAIA/KNMG']");
            await gaia.GetByRole(AriaRole.Button, new() { Name = "Export the 1 new for GAIA/KNMG" }).ClickAsync();
            await coordinator.GetByText("The presence list for GAIA/KNMG holds 1 person(s)").WaitForAsync();
            await BrowserHost.AssertAccessibleAsync(coordinator);
            var file = await coordinator.RunAndWaitForDownloadAsync(() => gaia.GetByRole(AriaRole.Link, new() { Name = "Download (Xlsx)" }).First.ClickAsync());
            Assert.EndsWith(".xlsx", file.SuggestedFilename);
            await using var stream = File.OpenRead(await file.PathAsync());
            using var workbook = new XLWorkbook(stream);
            var rows = workbook.Worksheet(1).RowsUsed().Select(r => r.Cell(1).GetString() + "|" + r.Cell(2).GetString()).ToList();
            Assert.Equal(["BIG-nummer|Naam", "19012345631|Sofie Specialist"], rows);

            await coordinator.GotoAsync($"/manage/offerings/{offeringId}/evaluation");
            await BrowserHost.AssertAccessibleAsync(coordinator);
            Assert.Contains("2 of 2 participant(s) answered (100%).", await coordinator.Locator("[data-testid=response-rate]").InnerTextAsync());
        }
        catch (Exception failure)
        {
            throw await BrowserHost.FailedAsync(failure, (coordinator, "accredited-coordinator"), (specialistPage, "accredited-specialist"));
        }
    }

    private static string PdfText(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        return string.Join(' ', document.GetPage(1).GetWords().Select(w => w.Text));
    }

    private async Task<(string Email, HttpClient Client)> PersonAsync(string name, string profession, string registrationNumber)
    {
        var email = $"{Guid.NewGuid():N}@umc.example";
        (await host.Factory.CreateClient().PostAsJsonAsync("/api/auth/register", new { email, password = Password, fullName = name, profession, registrationNumber }))
            .EnsureSuccessStatusCode();
        return (email, await host.Factory.CreateClientForAsync(email, Password));
    }

    private async Task<(Guid OfferingId, Guid SessionId)> AccreditedOfferingAsync()
    {
        var coordinator = await host.Factory.CreateClientForAsync("coordinator@demo.local");
        var started = DateTime.UtcNow.Date.AddDays(-3).AddHours(12);
        static string Utc(DateTime value) => value.ToString("yyyy-MM-ddTHH:mm:ss'Z'", System.Globalization.CultureInfo.InvariantCulture);
        var courseId = (await BrowserHost.JsonAsync(await coordinator.PostAsJsonAsync("/api/courses/courses", new
        {
            code = "ACUTE-AI", title = "AI in acute care", summary = "Accredited for physicians and nurses.", language = "en", studyLoadHours = 4,
            accreditations = new[]
            {
                new { registry = "GAIA/KNMG", accreditationId = "G-2030-41", points = 4.0, profession = "Medical specialists" },
                new { registry = "V&VN Kwaliteitsregister", accreditationId = "V-2030-77", points = 3.0, profession = "Nurses" },
            },
        }))).GetProperty("id").GetGuid();
        var offeringId = (await BrowserHost.JsonAsync(await coordinator.PostAsJsonAsync("/api/courses/offerings", new
        {
            courseId, kind = "ClinicianCourse", cohortLabel = "2030", startsAt = Utc(started), endsAt = "2030-03-01T17:00",
            enrollmentOpensAt = "2020-01-01T00:00", enrollmentClosesAt = "2030-02-01T00:00", cancellationDeadline = Utc(started.AddDays(-1)),
            capacity = 20, enrollmentPolicy = "Open", delivery = "InPerson", location = "Skills lab", minimumAttendancePercent = 100,
        }))).GetProperty("id").GetGuid();
        var sessionId = (await BrowserHost.JsonAsync(await coordinator.PostAsJsonAsync($"/api/courses/offerings/{offeringId}/sessions",
            new { startsAt = Utc(started.AddHours(1)), durationMinutes = 240, topic = "Deteriorating patients" }))).GetProperty("id").GetGuid();
        (await coordinator.PostAsync($"/api/courses/offerings/{offeringId}/publish", null)).EnsureSuccessStatusCode();
        return (offeringId, sessionId);
    }
}

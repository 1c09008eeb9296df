using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using HealthAiAcademy.BuildingBlocks.Time;
using HealthAiAcademy.IntegrationTests.Courses;
using HealthAiAcademy.Tests.Support;
using UglyToad.PdfPig;

namespace HealthAiAcademy.IntegrationTests.Certification;

/// <summary>Issue 15, item 4: a CPD dossier per person, per registry, year and re-registration cycle.</summary>
public sealed class CpdDossierTests(AcademyFactory factory) : IClassFixture<AcademyFactory>
{
    private const string Password = "Cpd-Dossier-Test-2026";

    [Fact]
    public async Task The_dossier_counts_certificates_and_own_activities_towards_the_professions_cycle_and_reads_back_as_PDF_and_CSV()
    {
        var (email, specialist) = await PersonAsync("Cas Cycle", "Medical specialist", "19012345641");
        await CompleteAccreditedCourseAsync(specialist);
        var today = AcademyTime.DateOf(DateTime.UtcNow);
        var gaia = await specialist.PostAsJsonAsync("/api/certification/me/cpd-activities", new
        {
            title = "NVIC congress", provider = "NVIC", completedOn = today.AddMonths(-2).ToString("yyyy-MM-dd"), points = 10, registry = "GAIA/KNMG",
            evidence = new { fileName = "attendance.pdf", content = Encoding.ASCII.GetBytes("%PDF-1.4 attendance") },
        });
        Assert.Equal(HttpStatusCode.Created, gaia.StatusCode);
        var gaiaId = (await CoursesApi.JsonAsync(gaia)).GetProperty("id").GetGuid();
        (await specialist.PostAsJsonAsync("/api/certification/me/cpd-activities", new
        {
            title = "Ethics e-learning", provider = "Elsewhere", completedOn = today.AddMonths(-1).ToString("yyyy-MM-dd"), points = 3, registry = "ABAN",
        })).EnsureSuccessStatusCode();

        var dossier = await CoursesApi.JsonAsync(await specialist.GetAsync("/api/certification/me/cpd-dossier"));
        var cycle = dossier.GetProperty("cycle");
        Assert.Equal((200.0, "GAIA", 14.0, 7, false), (cycle.GetProperty("targetPoints").GetDouble(), cycle.GetProperty("registry").GetString(),
            cycle.GetProperty("points").GetDouble(), cycle.GetProperty("percent").GetInt32(), cycle.GetProperty("startChosen").GetBoolean()));
        Assert.Equal(3, dossier.GetProperty("entries").GetArrayLength());
        Assert.Equal(Encoding.ASCII.GetBytes("%PDF-1.4 attendance"), await specialist.GetByteArrayAsync($"/api/certification/me/cpd-activities/{gaiaId}/evidence"));

        // A cycle that began after the congress counts only what came after it.
        (await specialist.PutAsJsonAsync("/api/certification/me/cpd-cycle", new { startsOn = today.AddMonths(-1).AddDays(-1).ToString("yyyy-MM-dd") })).EnsureSuccessStatusCode();
        var later = (await CoursesApi.JsonAsync(await specialist.GetAsync("/api/certification/me/cpd-dossier"))).GetProperty("cycle");
        Assert.Equal((4.0, true), (later.GetProperty("points").GetDouble(), later.GetProperty("startChosen").GetBoolean()));

        using (var pdf = PdfDocument.Open(await specialist.GetByteArrayAsync("/api/certification/me/cpd-dossier.pdf")))
        {
            var text = string.Join(' ', pdf.GetPage(1).GetWords().Select(w => w.Text));
            Assert.Contains("CPD dossier of Cas Cycle", text);
            Assert.Contains("4 of 200 points (2%)", text);
            Assert.Contains("NVIC congress", text);
        }

        var csv = Encoding.UTF8.GetString(await specialist.GetByteArrayAsync("/api/certification/me/cpd-dossier.csv"));
        Assert.Contains("NVIC congress,NVIC,GAIA/KNMG,10,\"Own entry, evidence kept\"", csv);
        Assert.Contains("Ethics e-learning,Elsewhere,ABAN,3,Own entry", csv);

        var (_, stranger) = await PersonAsync("Stan Stranger", "Nurse", "49012345642");
        await (await stranger.GetAsync($"/api/certification/me/cpd-activities/{gaiaId}/evidence")).AssertProblemAsync(HttpStatusCode.NotFound);
        await (await stranger.DeleteAsync($"/api/certification/me/cpd-activities/{gaiaId}")).AssertProblemAsync(HttpStatusCode.NotFound);
        Assert.Equal(184.0, (await CoursesApi.JsonAsync(await stranger.GetAsync("/api/certification/me/cpd-dossier"))).GetProperty("cycle").GetProperty("targetPoints").GetDouble());
        Assert.Equal(HttpStatusCode.NoContent, (await specialist.DeleteAsync($"/api/certification/me/cpd-activities/{gaiaId}")).StatusCode);
        Assert.Equal(2, (await CoursesApi.JsonAsync(await specialist.GetAsync("/api/certification/me/cpd-dossier"))).GetProperty("entries").GetArrayLength());

        var page = await (await factory.CreateCookieClientForAsync(email, password: Password)).GetStringAsync("/learning/cpd");
        Assert.Contains("data-testid=\"cpd-progress\"", page);
    }

    [Fact]
    public async Task An_activity_with_a_future_date_no_points_or_an_unsafe_file_is_refused_field_by_field_on_the_api_and_the_page()
    {
        var (email, person) = await PersonAsync("Bea Bad", "Nurse", "49012345643");
        var response = await person.PostAsJsonAsync("/api/certification/me/cpd-activities", new
        {
            title = "", provider = "X", completedOn = DateTime.UtcNow.AddDays(3).ToString("yyyy-MM-dd"), points = 0, registry = "V&VN",
            evidence = new { fileName = "run.exe", content = new byte[] { 1, 2 } },
        });
        await response.AssertValidationProblemAsync("title", "completedOn", "points", "evidence");
        await (await person.PutAsJsonAsync("/api/certification/me/cpd-cycle", new { startsOn = "2099-01-01" })).AssertValidationProblemAsync("startsOn");

        var browser = await factory.CreateCookieClientForAsync(email, allowAutoRedirect: true, password: Password);
        var token = await Identity.AccountPagesTests.AntiforgeryTokenAsync(browser, "/learning/cpd");
        using var form = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new StringContent("Sepsis symposium"), "Activity.Title" },
            { new StringContent("LUMC"), "Activity.Provider" },
            { new StringContent(DateTime.UtcNow.AddDays(-7).ToString("yyyy-MM-dd")), "Activity.CompletedOn" },
            { new StringContent("2.5"), "Activity.Points" },
            { new StringContent("V&VN Kwaliteitsregister"), "Activity.Registry" },
        };
        var evidence = new ByteArrayContent(Encoding.ASCII.GetBytes("not really an image"));
        evidence.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        form.Add(evidence, "Activity.Evidence", "evidence.gif");
        var refused = await (await browser.PostAsync("/learning/cpd?handler=Add", form)).Content.ReadAsStringAsync();
        Assert.Contains("Evidence is a PDF, PNG or JPEG file.", refused);
        Assert.Contains("value=\"Sepsis symposium\"", refused);
        Assert.Equal(0, (await CoursesApi.JsonAsync(await person.GetAsync("/api/certification/me/cpd-dossier"))).GetProperty("entries").GetArrayLength());
    }

    private async Task CompleteAccreditedCourseAsync(HttpClient person)
    {
        var coordinator = await factory.CreateClientForAsync("coordinator@demo.local");
        var (offeringId, sessionId) = await AccreditedRun.CreateAsync(coordinator,
            [new { registry = "GAIA/KNMG", accreditationId = "G-900", points = 4.0, profession = "Medical specialists" }]);
        await AccreditedRun.AttendanceAsync(coordinator, sessionId, (await AccreditedRun.EnrolAsync(person, offeringId), "Present"));
        await CompletedOffering.WaitForCertificatesAsync(factory, offeringId, 1);
    }

    private Task<(string Email, HttpClient Client)> PersonAsync(string name, string profession, string registrationNumber) =>
        AccreditedRun.PersonAsync(factory, name, profession, registrationNumber, Password);
}

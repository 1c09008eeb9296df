using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using ClosedXML.Excel;
using HealthAiAcademy.BuildingBlocks.Audit;
using HealthAiAcademy.BuildingBlocks.Time;
using HealthAiAcademy.Certification.Data;
using HealthAiAcademy.IntegrationTests.Courses;
using HealthAiAcademy.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace HealthAiAcademy.IntegrationTests.Certification;

public sealed class RegistryExportTests(AcademyFactory factory) : IClassFixture<AcademyFactory>
{
    [Fact]
    public async Task A_registry_export_holds_only_those_who_earned_its_points_and_the_next_one_only_who_is_new()
    {
        var coordinator = await factory.CreateClientForAsync("coordinator@demo.local");
        var (offeringId, sessionId) = await AccreditedOfferingAsync(coordinator);
        var specialist = await PersonAsync("Sanne Specialist", "Medical specialist", "19012345621");
        var nurse = await PersonAsync("Noor Nurse", "Nurse", "49012345622");
        var absent = await PersonAsync("Abel Absent", "Medical specialist", "19012345623");
        var late = await PersonAsync("Lotte Late", "Medisch specialist", "09012345624");
        var enrollments = new Dictionary<HttpClient, Guid>();
        foreach (var person in new[] { specialist, nurse, absent, late })
        {
            enrollments[person] = (await CoursesApi.JsonAsync(await person.PostAsJsonAsync($"/api/enrollment/offerings/{offeringId}/enrollments", new { }))).GetProperty("id").GetGuid();
        }

        await AttendanceAsync(coordinator, sessionId, (enrollments[specialist], "Present"), (enrollments[nurse], "Present"), (enrollments[absent], "Absent"));
        await CompletedOffering.WaitForCertificatesAsync(factory, offeringId, 2);

        var overview = await CoursesApi.JsonAsync(await coordinator.GetAsync($"/api/certification/offerings/{offeringId}/registry-exports"));
        var gaia = overview.GetProperty("registries").EnumerateArray().Single(r => r.GetProperty("registry").GetString() == "GAIA/KNMG");
        Assert.Equal((1, 1, "Xlsx"), (gaia.GetProperty("earned").GetInt32(), gaia.GetProperty("new").GetInt32(), gaia.GetProperty("format").GetString()));

        var first = await ExportAsync(coordinator, offeringId, "gaia/knmg");
        Assert.Equal(1, first.GetProperty("people").GetInt32());
        var rows = await XlsxRowsAsync(coordinator, first);
        Assert.Equal(["BIG-nummer", "Naam", "Activiteitnummer", "Datum", "Punten"], rows[0]);
        Assert.Equal(["19012345621", "Sanne Specialist", "G-500"], rows[1][..3]);
        Assert.Equal("4", rows[1][4]);
        Assert.Equal(2, rows.Count);

        var again = await coordinator.PostAsJsonAsync($"/api/certification/offerings/{offeringId}/registry-exports", new { registry = "GAIA/KNMG" });
        var problem = await ProblemAssertions.AssertProblemAsync(again, HttpStatusCode.Conflict);
        Assert.Contains("reported already", problem.GetProperty("detail").GetString());

        await AttendanceAsync(coordinator, sessionId, (enrollments[late], "Present"));
        await CompletedOffering.WaitForCertificatesAsync(factory, offeringId, 3);
        var second = await ExportAsync(coordinator, offeringId, "GAIA/KNMG");
        var secondRows = await XlsxRowsAsync(coordinator, second);
        Assert.Equal(["09012345624", "Lotte Late"], secondRows[1][..2]);
        Assert.Equal(2, secondRows.Count);
        var everyone = await XlsxRowsAsync(coordinator, await ExportAsync(coordinator, offeringId, "GAIA/KNMG", onlyNew: false));
        Assert.Equal(["Lotte Late", "Sanne Specialist"], everyone.Skip(1).Select(r => r[1]));

        var nurses = await ExportAsync(coordinator, offeringId, "V&VN Kwaliteitsregister");
        var csv = Encoding.UTF8.GetString(await coordinator.GetByteArrayAsync(nurses.GetProperty("fileUrl").GetString()));
        var endDate = AcademyTime.DateOf(overview.GetProperty("endsAtUtc").GetDateTime().ToUniversalTime()).ToString("dd-MM-yyyy", CultureInfo.InvariantCulture);
        Assert.Equal(["Registratienummer;Naam;Activiteitnummer;Datum;Punten", $"49012345622;Noor Nurse;V-600;{endDate};2,5"],
            csv.TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries));

        var exports = (await CoursesApi.JsonAsync(await coordinator.GetAsync($"/api/certification/offerings/{offeringId}/registry-exports")))
            .GetProperty("registries").EnumerateArray().Single(r => r.GetProperty("registry").GetString() == "GAIA/KNMG").GetProperty("exports");
        Assert.Equal([2, 1, 1], exports.EnumerateArray().Select(e => e.GetProperty("people").GetInt32()).OrderDescending());
        Assert.All(exports.EnumerateArray(), e => Assert.EndsWith("Z", e.GetProperty("exportedAtUtc").GetString()));
        Assert.Equal(4, await factory.WithScopeAsync<CertificationDbContext, int>(db =>
            db.AuditEntries.CountAsync(a => a.Action == AuditActions.RegistryExported && a.OfferingId == offeringId)));
    }

    [Fact]
    public async Task Exporting_for_a_registry_the_course_is_not_accredited_by_is_a_conflict_and_without_a_registry_a_validation_problem()
    {
        var coordinator = await factory.CreateClientForAsync("coordinator@demo.local");
        var (offeringId, _) = await AccreditedOfferingAsync(coordinator);

        var elsewhere = await coordinator.PostAsJsonAsync($"/api/certification/offerings/{offeringId}/registry-exports", new { registry = "EACCME" });
        var problem = await ProblemAssertions.AssertProblemAsync(elsewhere, HttpStatusCode.Conflict);
        Assert.Contains("not accredited by EACCME", problem.GetProperty("detail").GetString());
        await ProblemAssertions.AssertValidationProblemAsync(
            await coordinator.PostAsJsonAsync($"/api/certification/offerings/{offeringId}/registry-exports", new { registry = " " }), "registry");
        var nobody = await coordinator.PostAsJsonAsync($"/api/certification/offerings/{offeringId}/registry-exports", new { registry = "GAIA/KNMG", onlyNew = false });
        Assert.Contains("Nobody has earned", (await ProblemAssertions.AssertProblemAsync(nobody, HttpStatusCode.Conflict)).GetProperty("detail").GetString());
        await ProblemAssertions.AssertProblemAsync(
            await coordinator.PostAsJsonAsync($"/api/certification/offerings/{Guid.NewGuid()}/registry-exports", new { registry = "GAIA/KNMG" }), HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task The_registry_page_shows_who_is_new_and_makes_an_export_with_a_download_link()
    {
        var coordinator = await factory.CreateCookieClientForAsync("coordinator@demo.local", allowAutoRedirect: true);
        var api = await factory.CreateClientForAsync("coordinator@demo.local");
        var (offeringId, sessionId) = await AccreditedOfferingAsync(api);
        var specialist = await PersonAsync("Pim Page", "Medical specialist", null);
        var enrollment = (await CoursesApi.JsonAsync(await specialist.PostAsJsonAsync($"/api/enrollment/offerings/{offeringId}/enrollments", new { }))).GetProperty("id").GetGuid();
        await AttendanceAsync(api, sessionId, (enrollment, "Present"));
        await CompletedOffering.WaitForCertificatesAsync(factory, offeringId, 1);

        var page = await coordinator.GetStringAsync($"/manage/offerings/{offeringId}/registry-exports");
        Assert.Contains("1 person(s) earned points; 1 not reported yet.", page);
        Assert.Contains("have no registration number", page);
        var token = await Identity.AccountPagesTests.AntiforgeryTokenAsync(coordinator, $"/manage/offerings/{offeringId}/registry-exports");
        var done = await coordinator.PostAsync($"/manage/offerings/{offeringId}/registry-exports?handler=Export",
            Identity.AccountPagesTests.Form(token, new() { ["registry"] = "GAIA/KNMG", ["onlyNew"] = "true" }));
        var after = await done.Content.ReadAsStringAsync();
        Assert.Contains("The presence list for GAIA/KNMG holds 1 person(s)", after);
        Assert.Contains("/api/certification/registry-exports/", after);
        Assert.Contains("0 not reported yet.", after);
    }

    private static async Task<JsonElement> ExportAsync(HttpClient coordinator, Guid offeringId, string registry, bool onlyNew = true)
    {
        var response = await coordinator.PostAsJsonAsync($"/api/certification/offerings/{offeringId}/registry-exports", new { registry, onlyNew });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return await CoursesApi.JsonAsync(response);
    }

    private static async Task<List<string[]>> XlsxRowsAsync(HttpClient coordinator, JsonElement export)
    {
        var response = await coordinator.GetAsync(export.GetProperty("fileUrl").GetString());
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", response.Content.Headers.ContentType?.MediaType);
        using var workbook = new XLWorkbook(await response.Content.ReadAsStreamAsync());
        return [.. workbook.Worksheet(1).RowsUsed().Select(r => r.Cells(1, 5).Select(c => c.GetFormattedString()).ToArray())];
    }

    private static Task<(Guid OfferingId, Guid SessionId)> AccreditedOfferingAsync(HttpClient coordinator) => AccreditedRun.CreateAsync(coordinator,
    [
        new { registry = "GAIA/KNMG", accreditationId = "G-500", points = 4.0, profession = "Medical specialists" },
        new { registry = "V&VN Kwaliteitsregister", accreditationId = "V-600", points = 2.5, profession = "Nurses" },
    ]);

    private static Task AttendanceAsync(HttpClient coordinator, Guid sessionId, params (Guid EnrollmentId, string Status)[] records) =>
        AccreditedRun.AttendanceAsync(coordinator, sessionId, records);

    private async Task<HttpClient> PersonAsync(string name, string profession, string? registrationNumber) =>
        (await AccreditedRun.PersonAsync(factory, name, profession, registrationNumber)).Client;
}

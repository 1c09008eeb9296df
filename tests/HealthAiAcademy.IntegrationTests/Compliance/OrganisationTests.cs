using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using HealthAiAcademy.Compliance.Data;
using HealthAiAcademy.IntegrationTests.Courses;
using HealthAiAcademy.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace HealthAiAcademy.IntegrationTests.Compliance;

/// <summary>Issue 16, item 1: the hospital's organisation, from HR's file and by hand.</summary>
public sealed class OrganisationTests(AcademyFactory factory) : IClassFixture<AcademyFactory>
{
    [Fact]
    public async Task An_HR_file_builds_the_organisation_reports_who_it_did_not_match_and_changes_nothing_the_second_time()
    {
        var admin = await factory.CreateClientForAsync("admin@demo.local");
        var division = $"Acute care {Guid.NewGuid():N}"[..20];
        var (inge, _) = await PersonAsync("Inge ICU");
        var (karel, _) = await PersonAsync("Karel Cardio");
        var (mila, _) = await PersonAsync("Mila Manager");
        var number = $"h{Guid.NewGuid():N}"[..9];
        var csv = $"""
            Personeelsnummer;E-mail;Naam;Divisie;Afdeling;Eenheid;Functie;Leidinggevende
            {number};{inge};Inge ICU;{division};Intensive care;ICU adults;ICU nurse;nee
            ;{karel};Karel Cardio;{division};Cardiology;;Cardiologist;
            ;{mila};Mila Manager;{division};Intensive care;;Manager;ja
            ;{mila};Mila Manager;{division};Intensive care;ICU adults;Manager;ja
            ;nobody.{Guid.NewGuid():N}@umc.example;No Account;{division};Cardiology;;Cardiologist;
            """;

        var first = await ImportAsync(admin, csv);
        var second = await ImportAsync(admin, csv);

        Assert.Equal((5, 3, 4, 0, 0), Counts(first));
        var unmatched = Assert.Single(first.GetProperty("unmatched").EnumerateArray());
        Assert.Equal((5, "NoAccount", "No Account"), (unmatched.GetProperty("line").GetInt32(), unmatched.GetProperty("reason").GetString(), unmatched.GetProperty("name").GetString()));
        Assert.Equal((5, 3, 0, 0, 0), Counts(second));
        var chart = await CoursesApi.JsonAsync(await admin.GetAsync("/api/compliance/organisation"));
        var units = chart.GetProperty("units").EnumerateArray().Where(u => u.GetProperty("path").GetString()!.StartsWith(division, StringComparison.Ordinal))
            .Select(u => (Path: u.GetProperty("path").GetString()!, Level: u.GetProperty("level").GetString(), Members: u.GetProperty("members").GetInt32())).ToList();
        Assert.Equal(
            [(division, "Division", 0), ($"{division} / Cardiology", "Department", 1), ($"{division} / Intensive care", "Department", 1), ($"{division} / Intensive care / ICU adults", "Unit", 2)],
            units);
        Assert.Contains(chart.GetProperty("functions").EnumerateArray(), f => f.GetProperty("name").GetString() == "ICU nurse");
        var icu = chart.GetProperty("units").EnumerateArray().Single(u => u.GetProperty("path").GetString() == $"{division} / Intensive care / ICU adults").GetProperty("id").GetGuid();
        var members = (await CoursesApi.JsonAsync(await admin.GetAsync($"/api/compliance/organisation/units/{icu}"))).GetProperty("members").EnumerateArray().ToList();
        Assert.Equal(["Mila Manager", "Inge ICU"], members.Select(m => m.GetProperty("fullName").GetString()));
        Assert.True(members[0].GetProperty("isManager").GetBoolean());
        Assert.Equal(number.ToUpperInvariant(), members[1].GetProperty("staffNumber").GetString());
        Assert.Equal("HrImport", members[1].GetProperty("source").GetString());
        var audit = await CoursesApi.JsonAsync(await admin.GetAsync("/api/admin/audit?action=HrFileImported"));
        Assert.True(audit.GetProperty("total").GetInt32() >= 2);
    }

    [Fact]
    public async Task The_next_file_moves_people_finds_them_by_staff_number_and_a_file_of_everyone_ends_who_left()
    {
        var admin = await factory.CreateClientForAsync("admin@demo.local");
        var division = $"Div {Guid.NewGuid():N}"[..16];
        var number = $"S{Guid.NewGuid():N}"[..10];
        var (anna, _) = await PersonAsync("Anna Moves");
        var (bram, _) = await PersonAsync("Bram Leaves");
        var (carla, _) = await PersonAsync("Carla By Hand");
        await ImportAsync(admin, $"""
            Staff number,Email,Name,Division,Department,Unit,Function,Manager
            {number},{anna},Anna Moves,{division},Radiology,,Radiographer,no
            ,{bram},Bram Leaves,{division},Radiology,,Radiologist,no
            """);
        var radiology = await UnitIdAsync(admin, $"{division} / Radiology");
        var functions = (await CoursesApi.JsonAsync(await admin.GetAsync("/api/compliance/organisation"))).GetProperty("functions").EnumerateArray()
            .ToDictionary(f => f.GetProperty("name").GetString()!, f => f.GetProperty("id").GetGuid());
        var placed = await admin.PostAsJsonAsync($"/api/compliance/organisation/units/{radiology}/members", new { email = carla, functionId = functions["Radiologist"], isManager = false });
        Assert.Equal(HttpStatusCode.OK, placed.StatusCode);

        // Anna's address is unknown to the academy now, but her staff number is: she is found, and moves to a unit as a data scientist.
        var moved = await ImportAsync(admin, $"""
            Staff number,Email,Name,Division,Department,Unit,Function,Manager
            {number},anna.new.{Guid.NewGuid():N}@umc.example,Anna Moves,{division},Radiology,AI lab,Data scientist,no
            """, listsEveryone: true);

        Assert.Equal((1, 1, 1, 0), (Counts(moved).Lines, Counts(moved).Matched, Counts(moved).Added, Counts(moved).Changed));
        Assert.True(Counts(moved).Ended >= 2, "Anna's Radiology membership and Bram's end");
        var left = (await CoursesApi.JsonAsync(await admin.GetAsync($"/api/compliance/organisation/units/{radiology}"))).GetProperty("members").EnumerateArray()
            .Select(m => m.GetProperty("fullName").GetString()).ToList();
        Assert.Equal(["Carla By Hand"], left);
        var lab = await UnitIdAsync(admin, $"{division} / Radiology / AI lab");
        var annaNow = Assert.Single((await CoursesApi.JsonAsync(await admin.GetAsync($"/api/compliance/organisation/units/{lab}"))).GetProperty("members").EnumerateArray());
        Assert.Equal(("Anna Moves", "Data scientist"), (annaNow.GetProperty("fullName").GetString(), annaNow.GetProperty("function").GetString()));
        var history = await factory.WithScopeAsync<ComplianceDbContext, int>(db => db.Memberships.CountAsync(m => m.UnitId == radiology && m.EndedAtUtc != null));
        Assert.Equal(2, history);
    }

    [Fact]
    public async Task A_file_that_does_not_fit_is_refused_whole_with_its_lines_named()
    {
        var admin = await factory.CreateClientForAsync("admin@demo.local");
        var before = await factory.WithScopeAsync<ComplianceDbContext, int>(db => db.Units.CountAsync());

        await (await PostCsvAsync(admin, "Name;Function\nX;Nurse\n")).AssertValidationProblemAsync("file");
        await (await PostCsvAsync(admin, "")).AssertValidationProblemAsync("file");
        await (await PostCsvAsync(admin, """
            Email;Name;Division;Department;Unit;Function;Manager
            not-an-address;X;D;Dept;;Nurse;
            ok@umc.example;Y;D;;Unit without department;Nurse;
            ok2@umc.example;Z;D;Dept;;;maybe
            ;W;D;Dept;;Nurse;
            """)).AssertValidationProblemAsync("lines[1].email", "lines[2].department", "lines[3].function", "lines[3].manager", "lines[4].staffNumber");

        Assert.Equal(before, await factory.WithScopeAsync<ComplianceDbContext, int>(db => db.Units.CountAsync()));
    }

    [Fact]
    public async Task Administrators_keep_the_chart_by_hand_and_its_rules_hold()
    {
        var admin = await factory.CreateClientForAsync("admin@demo.local");
        var coordinator = await factory.CreateClientForAsync("coordinator@demo.local");
        var name = $"Support {Guid.NewGuid():N}"[..18];

        var division = await CoursesApi.JsonAsync(await admin.PostAsJsonAsync("/api/compliance/organisation/units", new { name }));
        var divisionId = division.GetProperty("id").GetGuid();
        var department = await CoursesApi.JsonAsync(await admin.PostAsJsonAsync("/api/compliance/organisation/units", new { name = "Pharmacy", parentId = divisionId }));
        var unit = await CoursesApi.JsonAsync(await admin.PostAsJsonAsync("/api/compliance/organisation/units", new { name = "Dispensary", parentId = department.GetProperty("id").GetGuid() }));
        var twice = await admin.PostAsJsonAsync("/api/compliance/organisation/units", new { name = "pharmacy", parentId = divisionId });
        var tooDeep = await admin.PostAsJsonAsync("/api/compliance/organisation/units", new { name = "Shelf", parentId = unit.GetProperty("id").GetGuid() });
        var slash = await admin.PostAsJsonAsync("/api/compliance/organisation/units", new { name = "A/B" });
        var renamed = await admin.PutAsJsonAsync($"/api/compliance/organisation/units/{divisionId}", new { name = name + " services" });
        var byCoordinator = await coordinator.PostAsJsonAsync("/api/compliance/organisation/units", new { name = "Coordinators may not" });
        var read = await coordinator.GetAsync($"/api/compliance/organisation/units/{divisionId}");

        Assert.Equal(("Department", $"{name} / Pharmacy"), (department.GetProperty("level").GetString(), department.GetProperty("path").GetString()));
        Assert.Equal("Unit", unit.GetProperty("level").GetString());
        await twice.AssertProblemAsync(HttpStatusCode.Conflict);
        await tooDeep.AssertValidationProblemAsync("parentId");
        await slash.AssertValidationProblemAsync("name");
        Assert.Equal(HttpStatusCode.OK, renamed.StatusCode);
        Assert.Equal($"{name} services / Pharmacy / Dispensary", await factory.WithScopeAsync<ComplianceDbContext, string>(db =>
            db.Units.Where(u => u.Id == unit.GetProperty("id").GetGuid()).Select(u => u.Path).SingleAsync()));
        Assert.Equal(HttpStatusCode.Forbidden, byCoordinator.StatusCode);
        Assert.Equal(HttpStatusCode.OK, read.StatusCode);

        var (person, _) = await PersonAsync("Pieter Pharmacist");
        var function = await CoursesApi.JsonAsync(await admin.PostAsJsonAsync("/api/compliance/organisation/functions", new { name = $"Pharmacist {Guid.NewGuid():N}"[..18] }));
        var unitId = unit.GetProperty("id").GetGuid();
        var placed = await admin.PostAsJsonAsync($"/api/compliance/organisation/units/{unitId}/members",
            new { email = person, functionId = function.GetProperty("id").GetGuid(), isManager = true, staffNumber = "ph-7" });
        var unknown = await admin.PostAsJsonAsync($"/api/compliance/organisation/units/{unitId}/members",
            new { email = $"{Guid.NewGuid():N}@umc.example", functionId = function.GetProperty("id").GetGuid() });
        var (other, _) = await PersonAsync("Olga Other");
        var numberTaken = await admin.PostAsJsonAsync($"/api/compliance/organisation/units/{unitId}/members",
            new { email = other, functionId = function.GetProperty("id").GetGuid(), staffNumber = "PH-7" });
        var member = await CoursesApi.JsonAsync(placed);
        var ended = await admin.DeleteAsync($"/api/compliance/organisation/units/{unitId}/members/{member.GetProperty("userId").GetGuid()}");
        var endedAgain = await admin.DeleteAsync($"/api/compliance/organisation/units/{unitId}/members/{member.GetProperty("userId").GetGuid()}");

        Assert.Equal(("PH-7", "Manual", true), (member.GetProperty("staffNumber").GetString(), member.GetProperty("source").GetString(), member.GetProperty("isManager").GetBoolean()));
        await unknown.AssertValidationProblemAsync("email");
        await numberTaken.AssertProblemAsync(HttpStatusCode.Conflict);
        Assert.Equal(HttpStatusCode.NoContent, ended.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, endedAgain.StatusCode);
        Assert.Empty((await CoursesApi.JsonAsync(await admin.GetAsync($"/api/compliance/organisation/units/{unitId}"))).GetProperty("members").EnumerateArray());
    }

    [Fact]
    public async Task A_persons_place_in_the_organisation_is_in_their_data_export()
    {
        var admin = await factory.CreateClientForAsync("admin@demo.local");
        var (person, client) = await PersonAsync("Eva Export");
        var division = $"Export {Guid.NewGuid():N}"[..16];
        await ImportAsync(admin, $"Staff number;Email;Division;Department;Function\nEX-1{division[^4..]};{person};{division};Neurology;Neurologist\n");

        using var zip = new System.IO.Compression.ZipArchive(await (await client.GetAsync("/api/auth/me/personal-data")).Content.ReadAsStreamAsync());
        var entry = zip.Entries.Single(e => e.FullName.EndsWith("organisation.json", StringComparison.Ordinal));
        using var reader = new StreamReader(entry.Open());
        var json = JsonDocument.Parse(await reader.ReadToEndAsync()).RootElement;

        Assert.Equal($"EX-1{division[^4..]}".ToUpperInvariant(), json.GetProperty("staffNumber").GetString());
        Assert.Equal($"{division} / Neurology", json.GetProperty("memberships")[0].GetProperty("unit").GetString());
    }

    [Fact]
    public async Task The_pages_import_a_file_show_the_chart_and_its_people_and_give_the_form_again_with_what_to_fix()
    {
        var browser = await factory.CreateCookieClientForAsync("admin@demo.local", allowAutoRedirect: true);
        var coordinator = await factory.CreateCookieClientForAsync("coordinator@demo.local", allowAutoRedirect: true);
        var (person, _) = await PersonAsync("Petra Pages");
        var division = $"Pages {Guid.NewGuid():N}"[..15];
        const string url = "/manage/organisation/import";
        var token = await HealthAiAcademy.IntegrationTests.Identity.AccountPagesTests.AntiforgeryTokenAsync(browser, url);
        MultipartFormDataContent Upload(string csv) => new()
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new ByteArrayContent(Encoding.UTF8.GetBytes(csv)), "HrFile", "hr.csv" },
        };

        var imported = await browser.PostAsync(url, Upload($"Email;Name;Division;Department;Function\n{person};Petra Pages;{division};Oncology;Oncologist\nghost@umc.example;Ghost;{division};Oncology;Oncologist\n"));
        var refused = await browser.PostAsync(url, Upload("Email;Division;Department;Function\nnot-an-address;D;Dept;Nurse\n"));
        var none = await browser.PostAsync(url, new MultipartFormDataContent { { new StringContent(token), "__RequestVerificationToken" } });
        var chart = await browser.GetStringAsync("/manage/organisation");
        var unitId = await UnitIdAsync(await factory.CreateClientForAsync("admin@demo.local"), $"{division} / Oncology");
        var unitPage = await browser.GetStringAsync($"/manage/organisation/units/{unitId}");
        var unitToken = await HealthAiAcademy.IntegrationTests.Identity.AccountPagesTests.AntiforgeryTokenAsync(browser, $"/manage/organisation/units/{unitId}");
        var noEmail = await browser.PostAsync($"/manage/organisation/units/{unitId}?handler=Assign", HealthAiAcademy.IntegrationTests.Identity.AccountPagesTests.Form(unitToken, new() { ["Member.Email"] = "" }));
        var readOnly = await coordinator.GetStringAsync("/manage/organisation");

        var importedPage = System.Net.WebUtility.HtmlDecode(await imported.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, imported.StatusCode);
        Assert.Contains("2 line(s) read: 1 people matched, 1 membership(s) added, 0 changed, 0 ended; 1 line(s) matched nobody.", importedPage);
        Assert.Contains("ghost@umc.example", importedPage);
        Assert.Contains("No account has this email or staff number", importedPage);
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("Line 1: an email address such as name@hospital.nl.", System.Net.WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync()));
        Assert.Equal(HttpStatusCode.BadRequest, none.StatusCode);
        Assert.Contains("Choose the HR file (CSV).", await none.Content.ReadAsStringAsync());
        Assert.Contains($"/manage/organisation/units/{unitId}", chart);
        Assert.Contains("Petra Pages", unitPage);
        Assert.Contains("Oncologist", unitPage);
        Assert.Equal(HttpStatusCode.BadRequest, noEmail.StatusCode);
        Assert.Contains("The email address of the person&#x27;s account.", await noEmail.Content.ReadAsStringAsync());
        Assert.Contains(division, readOnly);
        Assert.DoesNotContain("Add the function", readOnly);
        Assert.DoesNotContain("/manage/organisation/import", readOnly);
    }


    private static Task<HttpResponseMessage> PostCsvAsync(HttpClient admin, string csv, bool listsEveryone = false) =>
        admin.PostAsync($"/api/compliance/organisation/hr-imports?listsEveryone={listsEveryone}", new StringContent(csv, Encoding.UTF8, "text/csv"));

    private static async Task<JsonElement> ImportAsync(HttpClient admin, string csv, bool listsEveryone = false)
    {
        var response = await PostCsvAsync(admin, csv, listsEveryone);
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return await CoursesApi.JsonAsync(response);
    }

    private static async Task<Guid> UnitIdAsync(HttpClient admin, string path) =>
        (await CoursesApi.JsonAsync(await admin.GetAsync("/api/compliance/organisation"))).GetProperty("units").EnumerateArray()
        .Single(u => u.GetProperty("path").GetString() == path).GetProperty("id").GetGuid();

    private static (int Lines, int Matched, int Added, int Changed, int Ended) Counts(JsonElement import) => (
        import.GetProperty("lines").GetInt32(), import.GetProperty("matched").GetInt32(), import.GetProperty("added").GetInt32(),
        import.GetProperty("changed").GetInt32(), import.GetProperty("ended").GetInt32());

    private Task<(string Email, HttpClient Client)> PersonAsync(string name) => HealthAiAcademy.IntegrationTests.Certification.AccreditedRun.PersonAsync(factory, name, "Nurse", null);
}

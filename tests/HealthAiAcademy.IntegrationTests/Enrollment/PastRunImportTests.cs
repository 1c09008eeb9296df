using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using HealthAiAcademy.BuildingBlocks.Time;
using HealthAiAcademy.Certification.Data;
using HealthAiAcademy.Enrollment.Data;
using HealthAiAcademy.IntegrationTests.Courses;
using HealthAiAcademy.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace HealthAiAcademy.IntegrationTests.Enrollment;

/// <summary>Issue 13, item 3: a run that took place before the academy is recorded from its spreadsheet, certificates and all.</summary>
public sealed class PastRunImportTests(AcademyFactory factory) : IClassFixture<AcademyFactory>
{
    [Fact]
    public async Task A_coordinator_records_a_past_run_from_its_attendance_list_and_its_people_get_their_certificates()
    {
        var coordinator = await factory.CreateClientForAsync("coordinator@demo.local");
        var (offeringId, starts) = await PastRunAsync(coordinator);
        var anna = $"anna.{Guid.NewGuid():N}@umc.example";
        var bob = $"bob.{Guid.NewGuid():N}@umc.example";
        var csv = $"""
            Email;Full name;Registration number;Profession;{starts[0]} Day 1;{starts[1]} Day 2
            participant@demo.local;Pat Participant;;Nurse;x;x
            {anna};Anna de Vries;12345678901;Medical specialist;Present;aanwezig
            {bob};Bob Bakker;;Nurse;;0
            """;

        var publish = await coordinator.PostAsync($"/api/courses/offerings/{offeringId}/publish", null);
        var imported = await Import(coordinator, offeringId, csv);
        var again = await Import(coordinator, offeringId, csv);
        var completed = await coordinator.PostAsync($"/api/courses/offerings/{offeringId}/complete", null);

        await publish.AssertProblemAsync(HttpStatusCode.Conflict);
        var first = await CoursesApi.JsonAsync(imported);
        Assert.Equal((3, 2, 2), (first.GetProperty("lines").GetInt32(), first.GetProperty("invited").GetInt32(), first.GetProperty("completed").GetInt32()));
        var second = await CoursesApi.JsonAsync(again);
        Assert.Equal((3, 0, 0), (second.GetProperty("lines").GetInt32(), second.GetProperty("invited").GetInt32(), second.GetProperty("completed").GetInt32()));
        Assert.Equal(HttpStatusCode.OK, completed.StatusCode);
        Assert.Equal(1, factory.MailCount(anna));
        Assert.NotNull(factory.LinkInMail(anna, "/account/set-password"));
        Assert.Equal(3, await factory.WithScopeAsync<EnrollmentDbContext, int>(db => db.Enrollments.CountAsync(e => e.OfferingId == offeringId)));
        Assert.Equal(6, await factory.WithScopeAsync<EnrollmentDbContext, int>(db => db.Attendance.CountAsync(a => a.OfferingId == offeringId)));
        await CertificationWaitAsync(offeringId, 2);
        var certificates = await factory.WithScopeAsync<CertificationDbContext, List<(string Name, string? Number, DateOnly On)>>(async db =>
            (await db.Certificates.AsNoTracking().Where(c => c.OfferingId == offeringId).ToListAsync()).Select(c => (c.HolderName, c.RegistrationNumber, c.CompletedOn)).ToList());
        Assert.Equal(["Anna de Vries", "Łukasz Şahin-de Vries"], certificates.Select(c => c.Name).Order(StringComparer.Ordinal));
        Assert.Contains(certificates, c => c.Number == "12345678901");
        var end = await factory.WithScopeAsync<HealthAiAcademy.Courses.Data.CoursesDbContext, DateTime>(db => db.Offerings.Where(o => o.Id == offeringId).Select(o => o.EndsAtUtc).SingleAsync());
        Assert.All(certificates, c => Assert.Equal(AcademyTime.DateOf(end), c.On));
        var audit = await CoursesApi.JsonAsync(await (await factory.CreateClientForAsync("admin@demo.local")).GetAsync($"/api/admin/audit?offeringId={offeringId}&action=PastRunImported"));
        Assert.Equal(2, audit.GetProperty("total").GetInt32());
        var catalog = await factory.CreateClient().GetStringAsync("/api/courses/offerings?pageSize=100");
        Assert.DoesNotContain(offeringId.ToString(), catalog);
    }

    [Fact]
    public async Task A_list_that_does_not_fit_is_refused_whole_and_live_offerings_take_no_lists()
    {
        var coordinator = await factory.CreateClientForAsync("coordinator@demo.local");
        var instructor = await factory.CreateClientForAsync("instructor@demo.local");
        var (offeringId, starts) = await PastRunAsync(coordinator);
        var live = await CoursesApi.CreateOfferingAsync(coordinator, await CoursesApi.CreateCourseAsync(coordinator));
        var unknownSession = $"Email,Full name,2020-01-01 09:00\nx@umc.example,X,x\n";
        var badLines = $"Email,Full name,{starts[0]},{starts[1]}\nnot-an-address,Nobody,x,x\nok@umc.example,,maybe,x\n";
        var good = $"Email,Full name,{starts[0]},{starts[1]}\nfine.{Guid.NewGuid():N}@umc.example,Fine Person,x,x\n";

        await (await Import(coordinator, offeringId, unknownSession)).AssertValidationProblemAsync("file");
        await (await Import(coordinator, offeringId, badLines)).AssertValidationProblemAsync("lines[1].email", "lines[2].fullName", "lines[2].attendance");
        await (await Import(coordinator, offeringId, "")).AssertValidationProblemAsync("file");
        await (await Import(coordinator, live, good)).AssertProblemAsync(HttpStatusCode.Conflict);
        Assert.True((await Import(instructor, offeringId, good)).StatusCode is HttpStatusCode.Forbidden or HttpStatusCode.NotFound);
        Assert.Equal(0, await factory.WithScopeAsync<EnrollmentDbContext, int>(db => db.Enrollments.CountAsync(e => e.OfferingId == offeringId)));
        var future = CoursesApi.Offering(await CoursesApi.CreateCourseAsync(coordinator));
        future["pastRun"] = true;
        await (await coordinator.PostAsJsonAsync("/api/courses/offerings", future)).AssertValidationProblemAsync("endsAt");
    }

    [Fact]
    public async Task The_page_shows_the_header_the_list_needs_and_imports_an_uploaded_file()
    {
        var coordinator = await factory.CreateClientForAsync("coordinator@demo.local");
        var (offeringId, starts) = await PastRunAsync(coordinator);
        var browser = await factory.CreateCookieClientForAsync("coordinator@demo.local");
        var url = $"/manage/offerings/{offeringId}/past-run";

        var page = await browser.GetStringAsync(url);
        var token = await HealthAiAcademy.IntegrationTests.Identity.AccountPagesTests.AntiforgeryTokenAsync(browser, url);
        using var upload = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new ByteArrayContent(Encoding.UTF8.GetBytes($"Email;Full name;{starts[0]};{starts[1]}\nparticipant@demo.local;Ł;x;x\n")), "List", "list.csv" },
        };
        var posted = await browser.PostAsync(url, upload);
        var empty = await browser.PostAsync(url, new MultipartFormDataContent { { new StringContent(token), "__RequestVerificationToken" } });
        var manage = await browser.GetStringAsync($"/manage/offerings/{offeringId}");

        Assert.Contains($"Email;Full name;Registration number;Profession;{starts[0]} Day 1;{starts[1]} Day 2", System.Net.WebUtility.HtmlDecode(page));
        Assert.Equal(HttpStatusCode.OK, posted.StatusCode);
        Assert.Contains("1 people imported, 0 of them invited", await posted.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, empty.StatusCode);
        Assert.Contains("Choose the CSV file", await empty.Content.ReadAsStringAsync());
        Assert.Contains(url, manage);
    }

    private async Task<(Guid OfferingId, string[] Starts)> PastRunAsync(HttpClient coordinator)
    {
        var day = DateTime.UtcNow.Date.AddDays(-60);
        var offeringId = await CoursesApi.CreateOfferingAsync(coordinator, await CoursesApi.CreateCourseAsync(coordinator), body =>
        {
            body["pastRun"] = true;
            body["kind"] = "ClinicianCourse";
            body["enrollmentPolicy"] = "Open";
            body["minimumAttendancePercent"] = 50;
            body["startsAt"] = Utc(day.AddHours(7));
            body["endsAt"] = Utc(day.AddDays(1).AddHours(17));
            body["enrollmentOpensAt"] = Utc(day.AddDays(-30));
            body["enrollmentClosesAt"] = Utc(day.AddDays(-1));
            body["cancellationDeadline"] = Utc(day.AddDays(-2));
        });
        var starts = new List<string>();
        foreach (var offset in new[] { 0, 1 })
        {
            var start = day.AddDays(offset).AddHours(8);
            (await coordinator.PostAsJsonAsync($"/api/courses/offerings/{offeringId}/sessions", new { startsAt = Utc(start), durationMinutes = 240, topic = $"Day {offset + 1}" })).EnsureSuccessStatusCode();
            starts.Add(AcademyTime.ToLocal(start).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture));
        }

        return (offeringId, [.. starts]);
    }

    private static Task<HttpResponseMessage> Import(HttpClient client, Guid offeringId, string csv) =>
        client.PostAsync($"/api/enrollment/offerings/{offeringId}/past-run/attendance", new StringContent(csv, Encoding.UTF8, "text/csv"));

    private Task CertificationWaitAsync(Guid offeringId, int count) =>
        HealthAiAcademy.IntegrationTests.Certification.CompletedOffering.WaitForCertificatesAsync(factory, offeringId, count);

    private static string Utc(DateTime value) => value.ToString("yyyy-MM-ddTHH:mm:ss'Z'", CultureInfo.InvariantCulture);
}

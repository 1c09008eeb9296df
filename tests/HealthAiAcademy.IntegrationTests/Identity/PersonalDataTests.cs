using System.IO.Compression;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using HealthAiAcademy.BuildingBlocks.Privacy;
using HealthAiAcademy.Certification.Data;
using HealthAiAcademy.Courses.Data;
using HealthAiAcademy.Enrollment.Data;
using HealthAiAcademy.Host.Identity.Data;
using HealthAiAcademy.IntegrationTests.Certification;
using HealthAiAcademy.IntegrationTests.Courses;
using HealthAiAcademy.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace HealthAiAcademy.IntegrationTests.Identity;

/// <summary>Issue 13, item 11: a person's data as one ZIP, erasure through every module, retention, a masked number.</summary>
public sealed class PersonalDataTests : IAsyncLifetime
{
    private const string Password = "Personal-Data-Test-2026";

    // Retention periods of zero: the sweep's effect is visible at once.
    private readonly AcademyFactory factory = AcademyFactory.Create(null, new Dictionary<string, string?>
    {
        ["Privacy:CertificateRetentionYears"] = "0",
        ["Privacy:NotificationRetentionMonths"] = "0",
    });

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await factory.DisposeAsync();

    [Fact]
    public async Task A_person_downloads_everything_held_about_them_and_nothing_about_anyone_else()
    {
        var (_, email, person) = await RegisterAsync("Ria Registered", "12345678901");
        var (_, otherEmail, other) = await RegisterAsync("Olaf Other", null);
        var offeringId = await CompletedOffering.CreateAsync(factory, [person, other]);
        await CompletedOffering.WaitForCertificatesAsync(factory, offeringId, 2);
        (await person.GetAsync("/api/courses/me/calendar-feed")).EnsureSuccessStatusCode();

        var response = await person.GetAsync("/api/auth/me/personal-data");
        var anonymous = await factory.CreateClient().GetAsync("/api/auth/me/personal-data");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/zip", response.Content.Headers.ContentType!.MediaType);
        Assert.EndsWith(".zip", response.Content.Headers.ContentDisposition!.FileNameStar ?? response.Content.Headers.ContentDisposition.FileName);
        using var zip = new ZipArchive(new MemoryStream(await response.Content.ReadAsByteArrayAsync()));
        var entries = zip.Entries.ToDictionary(e => e.FullName, Read);
        Assert.Contains(email, entries["account/profile.json"]);
        Assert.Contains("12345678901", entries["account/profile.json"]);
        Assert.Contains("Registered", entries["account/history.json"]);
        Assert.Contains("Completed", entries["enrollment/enrollments.json"]);
        Assert.Contains("Validation in practice", entries["enrollment/attendance.json"]);
        Assert.Contains("Present", entries["enrollment/attendance.json"]);
        Assert.Contains("issuedAtUtc", entries["courses/calendar-feed.json"]);
        Assert.Contains("AttendanceRecorded", entries["staff-actions-about-you.json"]);
        var certificates = JsonDocument.Parse(entries["certification/certificates.json"]).RootElement;
        var pdf = Assert.Single(certificates.EnumerateArray()).GetProperty("pdf").GetString()!;
        Assert.StartsWith("%PDF", entries["certification/" + pdf]);
        Assert.Contains("README.txt", entries.Keys);
        Assert.All(entries.Values, text => Assert.DoesNotContain(otherEmail, text));
        Assert.All(entries.Values, text => Assert.DoesNotContain("Olaf Other", text));
        await anonymous.AssertProblemAsync(HttpStatusCode.Unauthorized);
        Assert.Contains("/api/auth/me/personal-data", await (await factory.CreateCookieClientForAsync(email, password: Password)).GetStringAsync("/account/profile"));
    }

    [Fact]
    public async Task An_erasure_anonymises_the_account_and_every_module_and_certificates_follow_the_retention_rule()
    {
        var (personId, email, person) = await RegisterAsync("Eva Erase", "98765432109");
        var admin = await factory.CreateClientForAsync("admin@demo.local");
        var adminId = await CoursesApi.UserIdAsync(admin);
        var offeringId = await CompletedOffering.CreateAsync(factory, [person]);
        await CompletedOffering.WaitForCertificatesAsync(factory, offeringId, 1);
        (await person.GetAsync("/api/courses/me/calendar-feed")).EnsureSuccessStatusCode();
        var code = await factory.WithScopeAsync<CertificationDbContext, string>(db => db.Certificates.Where(c => c.UserId == personId).Select(c => c.VerificationCode).SingleAsync());
        var verifiedBefore = await CoursesApi.JsonAsync(await factory.CreateClient().GetAsync($"/api/certification/verify/{code}"));

        // An upcoming place holds the erasure back until the person is withdrawn.
        var coordinator = await factory.CreateClientForAsync("coordinator@demo.local");
        var upcoming = await CoursesApi.CreateOfferingAsync(coordinator, await CoursesApi.CreateCourseAsync(coordinator), body => body["enrollmentPolicy"] = "Open");
        await CoursesApi.DeclareForFacultyAsync(coordinator, upcoming);
        (await coordinator.PostAsync($"/api/courses/offerings/{upcoming}/publish", null)).EnsureSuccessStatusCode();
        var place = await CoursesApi.JsonAsync(await person.PostAsJsonAsync($"/api/enrollment/offerings/{upcoming}/enrollments", new { }));

        var unconfirmed = await admin.PostAsJsonAsync($"/api/admin/users/{personId}/erasure", new { confirmed = false });
        var self = await admin.PostAsJsonAsync($"/api/admin/users/{adminId}/erasure", new { confirmed = true });
        var withPlace = await admin.PostAsJsonAsync($"/api/admin/users/{personId}/erasure", new { confirmed = true });
        (await person.PostAsync($"/api/enrollment/enrollments/{place.GetProperty("id").GetGuid()}/withdraw", null)).EnsureSuccessStatusCode();
        var erased = await admin.PostAsJsonAsync($"/api/admin/users/{personId}/erasure", new { confirmed = true });
        var byParticipant = await person.PostAsJsonAsync($"/api/admin/users/{personId}/erasure", new { confirmed = true });

        await unconfirmed.AssertValidationProblemAsync("confirmed");
        await self.AssertProblemAsync(HttpStatusCode.Conflict);
        await withPlace.AssertProblemAsync(HttpStatusCode.Conflict);
        Assert.Equal("Erased", (await CoursesApi.JsonAsync(erased)).GetProperty("status").GetString());
        Assert.True(byParticipant.StatusCode is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden);
        var signIn = await factory.CreateClient().PostAsJsonAsync("/api/auth/login", new { email, password = Password });
        Assert.Equal(HttpStatusCode.Unauthorized, signIn.StatusCode);
        var account = await factory.WithScopeAsync<AcademyIdentityDbContext, HealthAiAcademy.Host.Identity.AcademyUser>(db => db.Users.AsNoTracking().SingleAsync(u => u.Id == personId));
        Assert.Equal("(erased)", account.FullName);
        Assert.DoesNotContain("erase", account.Email!.Split('@')[1].Replace("erased.invalid", string.Empty, StringComparison.Ordinal));
        Assert.Null(account.RegistrationNumber);
        Assert.Null(account.PasswordHash);
        var found = await CoursesApi.JsonAsync(await admin.GetAsync($"/api/admin/users?search={Uri.EscapeDataString(email)}"));
        Assert.Equal(0, found.GetProperty("total").GetInt32());

        // Every module hears of it: feed gone, free text gone, certificate marked and (retention zero) anonymised by the sweep.
        await Eventually.TrueAsync(
            async () => await factory.WithScopeAsync<CertificationDbContext, bool>(db => db.Certificates.AnyAsync(c => c.UserId == personId && c.HolderErasedAtUtc != null))
                        && !await factory.WithScopeAsync<CoursesDbContext, bool>(db => db.CalendarFeeds.AnyAsync(f => f.UserId == personId)),
            () => "the modules did not handle the erasure");
        Assert.False(await factory.WithScopeAsync<EnrollmentDbContext, bool>(db => db.Notifications.AnyAsync(n => n.UserId == personId)));
        Assert.False(await factory.WithScopeAsync<EnrollmentDbContext, bool>(db => db.AuditEntries.AnyAsync(e => e.PersonId == personId && (e.Note != null || e.Changes != null))));
        Assert.True(await factory.WithScopeAsync<EnrollmentDbContext, bool>(db => db.Enrollments.AnyAsync(e => e.UserId == personId && e.OfferingId == offeringId)));
        var stillVerifies = await CoursesApi.JsonAsync(await factory.CreateClient().GetAsync($"/api/certification/verify/{code}"));

        var exportId = await factory.WithScopeAsync<CertificationDbContext, Guid>(async db =>
        {
            var certificate = await db.Certificates.AsNoTracking().FirstAsync(c => c.UserId == personId);
            var export = new HealthAiAcademy.Certification.Domain.RegistryExport(Guid.NewGuid(), certificate.OfferingId, "GAIA/KNMG",
                HealthAiAcademy.Certification.Features.Shared.RegistryExportOptions.Fallback, onlyNew: false, adminId, DateTime.UtcNow,
                [new() { CertificateId = certificate.Id, UserId = personId, FullName = certificate.HolderName, RegistrationNumber = certificate.RegistrationNumber, Points = 4 }]);
            db.RegistryExports.Add(export);
            await db.SaveChangesAsync();
            return export.Id;
        });
        var swept = await factory.WithScopeAsync<RetentionSweep, IReadOnlyDictionary<string, int>>(sweep => sweep.RunAsync(CancellationToken.None));
        var reported = await factory.WithScopeAsync<CertificationDbContext, HealthAiAcademy.Certification.Domain.RegistryExportLine>(async db =>
            (await db.RegistryExports.AsNoTracking().SingleAsync(e => e.Id == exportId)).Lines.Single());
        Assert.Equal(("(removed)", null, 4.0), (reported.FullName, reported.RegistrationNumber, reported.Points));
        var verifiedAfter = await CoursesApi.JsonAsync(await factory.CreateClient().GetAsync($"/api/certification/verify/{code}"));

        Assert.Equal("••••••••109", verifiedBefore.GetProperty("registrationNumber").GetString());
        Assert.Equal("Eva Erase", stillVerifies.GetProperty("holderName").GetString());
        Assert.True(swept["Certificates of erased people"] >= 1);
        Assert.Equal("(removed)", verifiedAfter.GetProperty("holderName").GetString());
        Assert.Equal(JsonValueKind.Null, verifiedAfter.GetProperty("registrationNumber").ValueKind);
        Assert.Equal("Revoked", verifiedAfter.GetProperty("status").GetString());
        Assert.False(await factory.WithScopeAsync<CertificationDbContext, bool>(db => db.Documents.AnyAsync(d => db.Certificates.Any(c => c.Id == d.CertificateId && c.UserId == personId))));
        var audit = await CoursesApi.JsonAsync(await admin.GetAsync($"/api/admin/audit?action=Erased&pageSize=100"));
        Assert.Contains(audit.GetProperty("items").EnumerateArray(), l => l.GetProperty("personId").GetGuid() == personId);
    }

    [Fact]
    public async Task An_erasure_removes_what_the_person_handed_in_and_keeps_the_score_while_the_export_had_it()
    {
        var (personId, _, person) = await RegisterAsync("Hanna Handin", null);
        var scenario = await HealthAiAcademy.IntegrationTests.Assessment.AssessmentScenario.CreateAsync(factory);
        var assignmentId = (await scenario.CreateRubricAssignmentAsync(blind: false)).GetProperty("id").GetGuid();
        await scenario.EnrolAsync(person);
        var handIn = await person.PostAsJsonAsync($"/api/assessment/assessments/{assignmentId}/submissions",
            new { text = "My appraisal of the sepsis model.", file = new { fileName = "appraisal.txt", content = Encoding.UTF8.GetBytes("Appraisal file") } });
        Assert.Equal(HttpStatusCode.Created, handIn.StatusCode);
        using var export = new ZipArchive(new MemoryStream(await person.GetByteArrayAsync("/api/auth/me/personal-data")));
        Assert.Contains("My appraisal of the sepsis model.", Read(export.GetEntry("assessment/submissions.json")!));
        Assert.Contains(export.Entries, e => e.FullName.StartsWith("assessment/submission-files/", StringComparison.Ordinal) && Read(e) == "Appraisal file");
        var enrollment = (await CoursesApi.JsonAsync(await person.GetAsync("/api/enrollment/me"))).EnumerateArray().Single().GetProperty("id").GetGuid();
        (await person.PostAsync($"/api/enrollment/enrollments/{enrollment}/withdraw", null)).EnsureSuccessStatusCode();

        var erased = await (await factory.CreateClientForAsync("admin@demo.local")).PostAsJsonAsync($"/api/admin/users/{personId}/erasure", new { confirmed = true });

        Assert.Equal(HttpStatusCode.OK, erased.StatusCode);
        await Eventually.TrueAsync(
            () => factory.WithScopeAsync<HealthAiAcademy.Assessment.Data.AssessmentDbContext, bool>(async db =>
                await db.Submissions.AnyAsync(x => x.UserId == personId && x.Text == null && x.FileId == null) && !await db.Files.AnyAsync(f => f.UserId == personId)),
            () => "the hand-in was not erased");
        Assert.Equal(1, await factory.WithScopeAsync<HealthAiAcademy.Assessment.Data.AssessmentDbContext, int>(db => db.Submissions.CountAsync(x => x.UserId == personId)));
    }

    [Fact]
    public async Task The_privacy_page_states_the_periods_in_force_to_anyone()
    {
        var page = await factory.CreateClient().GetStringAsync("/privacy");

        Assert.Contains("0 years from issue", page);
        Assert.Contains("0 months after the offering ended", page.Replace("24 months", "0 months", StringComparison.Ordinal));
        Assert.Contains("Download everything", page);
    }

    private async Task<(Guid Id, string Email, HttpClient Client)> RegisterAsync(string name, string? registrationNumber)
    {
        var email = $"{Guid.NewGuid():N}@umc.example";
        var registered = await factory.CreateClient().PostAsJsonAsync("/api/auth/register", new { email, password = Password, fullName = name });
        registered.EnsureSuccessStatusCode();
        var id = (await registered.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        var client = await factory.CreateClientForAsync(email, Password);
        if (registrationNumber is not null)
        {
            (await client.PutAsJsonAsync("/api/auth/me", new { fullName = name, profession = "Medical specialist", registrationNumber })).EnsureSuccessStatusCode();
        }

        return (id, email, client);
    }

    private static string Read(ZipArchiveEntry entry)
    {
        using var reader = new StreamReader(entry.Open(), Encoding.UTF8);
        return reader.ReadToEnd();
    }
}

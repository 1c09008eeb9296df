using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using HealthAiAcademy.Compliance.Data;
using HealthAiAcademy.IntegrationTests.Certification;
using HealthAiAcademy.IntegrationTests.Courses;
using HealthAiAcademy.Tests.Support;
using Microsoft.EntityFrameworkCore;
using UglyToad.PdfPig;

namespace HealthAiAcademy.IntegrationTests.Compliance;

/// <summary>Issue 16, items 3 and 5: training followed elsewhere as an approved equivalent, and the evidence report an auditor can check.</summary>
public sealed class EvidenceTests(AcademyFactory factory) : IClassFixture<AcademyFactory>
{
    private static readonly byte[] EvidencePdf = Encoding.ASCII.GetBytes("%PDF-1.4\n% certificate of an external course\n%%EOF\n");

    [Fact]
    public async Task Training_followed_elsewhere_meets_a_requirement_once_a_coordinator_approves_it_and_no_longer_once_the_approval_is_withdrawn()
    {
        var coordinator = await factory.CreateClientForAsync("coordinator@demo.local");
        var (nurse, nurseClient) = await PersonAsync("Esra Elsewhere");
        var (_, other) = await PersonAsync("Olaf Other");
        var place = await PlaceAsync([nurse]);
        var requirementId = await LiteracyAsync(place.UnitId, await CoursesApi.CreateCourseAsync(coordinator), $"AI basics {place.Suffix}");
        object Submission(string? title = "AI in clinical practice (NVIC)", object? evidence = null) => new
        {
            requirementId, title, provider = "NVIC e-learning", completedOn = DateOnly.FromDateTime(DateTime.UtcNow.AddDays(-20)).ToString("yyyy-MM-dd"),
            evidence = evidence ?? new { fileName = "nvic-certificate.pdf", content = EvidencePdf },
        };

        var empty = await nurseClient.PostAsJsonAsync("/api/compliance/me/equivalents", new { });
        var badFile = await nurseClient.PostAsJsonAsync("/api/compliance/me/equivalents", Submission(evidence: new { fileName = "evidence.exe", content = EvidencePdf }));
        var notMine = await other.PostAsJsonAsync("/api/compliance/me/equivalents", Submission());
        var submitted = await nurseClient.PostAsJsonAsync("/api/compliance/me/equivalents", Submission());
        var twice = await nurseClient.PostAsJsonAsync("/api/compliance/me/equivalents", Submission());
        var equivalentId = (await CoursesApi.JsonAsync(submitted)).GetProperty("id").GetGuid();
        var waiting = await ObligationAsync(nurseClient, requirementId);
        var queue = await CoursesApi.JsonAsync(await coordinator.GetAsync("/api/compliance/equivalents?status=Submitted"));
        var byParticipant = await other.PostAsJsonAsync($"/api/compliance/equivalents/{equivalentId}/decision", new { decision = "Approve" });
        var rejectWithoutReason = await coordinator.PostAsJsonAsync($"/api/compliance/equivalents/{equivalentId}/decision", new { decision = "Reject" });
        var evidenceForOwner = await nurseClient.GetAsync($"/api/compliance/equivalents/{equivalentId}/evidence");
        var evidenceForCoordinator = await coordinator.GetAsync($"/api/compliance/equivalents/{equivalentId}/evidence");
        var evidenceForOther = await other.GetAsync($"/api/compliance/equivalents/{equivalentId}/evidence");

        await empty.AssertValidationProblemAsync("requirementId", "title", "provider", "completedOn", "evidence");
        await badFile.AssertValidationProblemAsync("evidence");
        await notMine.AssertValidationProblemAsync("requirementId");
        Assert.Equal(HttpStatusCode.Created, submitted.StatusCode);
        await twice.AssertProblemAsync(HttpStatusCode.Conflict);
        Assert.Equal("Missing", waiting.GetProperty("state").GetString());
        Assert.Equal("Submitted", waiting.GetProperty("equivalents")[0].GetProperty("status").GetString());
        var queued = queue.EnumerateArray().Single(e => e.GetProperty("id").GetGuid() == equivalentId);
        Assert.Equal(("Esra Elsewhere", $"AI basics {place.Suffix}", "nvic-certificate.pdf"),
            (queued.GetProperty("fullName").GetString(), queued.GetProperty("requirement").GetString(), queued.GetProperty("evidenceFileName").GetString()));
        Assert.Equal(HttpStatusCode.Forbidden, byParticipant.StatusCode);
        await rejectWithoutReason.AssertValidationProblemAsync("note");
        Assert.Equal(EvidencePdf, await evidenceForOwner.Content.ReadAsByteArrayAsync());
        Assert.Equal("application/pdf", evidenceForCoordinator.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.NotFound, evidenceForOther.StatusCode);

        var approved = await coordinator.PostAsJsonAsync($"/api/compliance/equivalents/{equivalentId}/decision", new { decision = "Approve", note = "NVIC module covers the AI Act basics." });
        var again = await coordinator.PostAsJsonAsync($"/api/compliance/equivalents/{equivalentId}/decision", new { decision = "Reject", note = "Changed my mind." });
        var met = await ObligationAsync(nurseClient, requirementId);
        var ownerWithdraws = await nurseClient.PostAsJsonAsync($"/api/compliance/equivalents/{equivalentId}/withdrawal", new { });
        var withdrawWithoutReason = await coordinator.PostAsJsonAsync($"/api/compliance/equivalents/{equivalentId}/withdrawal", new { });
        var withdrawn = await coordinator.PostAsJsonAsync($"/api/compliance/equivalents/{equivalentId}/withdrawal", new { reason = "The provider says the certificate is not theirs." });
        var after = await ObligationAsync(nurseClient, requirementId);
        var audit = await CoursesApi.JsonAsync(await (await factory.CreateClientForAsync("admin@demo.local")).GetAsync("/api/admin/audit?action=EquivalentDecided"));

        Assert.Equal("Approved", (await CoursesApi.JsonAsync(approved)).GetProperty("status").GetString());
        await again.AssertProblemAsync(HttpStatusCode.Conflict);
        Assert.Equal(("Met", "AI in clinical practice (NVIC)"), (met.GetProperty("state").GetString(), met.GetProperty("fulfilledBy").GetString()));
        await ownerWithdraws.AssertProblemAsync(HttpStatusCode.Conflict);
        await withdrawWithoutReason.AssertValidationProblemAsync("reason");
        Assert.Equal("Withdrawn", (await CoursesApi.JsonAsync(withdrawn)).GetProperty("status").GetString());
        Assert.Equal("Missing", after.GetProperty("state").GetString());
        Assert.Equal(2, audit.GetProperty("items").EnumerateArray().Count(e => e.GetProperty("subjectId").GetGuid() == equivalentId));
        // The nurse is told each decision by email, with the coordinator's words.
        await Eventually.TrueAsync(() => Task.FromResult(factory.MailCount(nurse) == 2), () => $"two decision emails, found {factory.MailCount(nurse)}");
        var mails = Directory.GetFiles(factory.MailDirectory, "*.eml").Select(f => MimeKit.MimeMessage.Load(f)).Where(m => m.To.Mailboxes.Any(a => a.Address == nurse))
            .ToDictionary(m => m.Subject ?? string.Empty);
        Assert.Contains("NVIC module covers the AI Act basics.", mails["Your training elsewhere is approved"].TextBody);
        Assert.Contains("The provider says the certificate is not theirs.", mails["The approval of your training elsewhere is withdrawn"].TextBody);
    }

    [Fact]
    public async Task The_evidence_report_of_a_department_shows_its_coverage_before_and_after_a_completion_and_an_auditor_can_check_it_was_not_edited()
    {
        var coordinator = await factory.CreateClientForAsync("coordinator@demo.local");
        var (nurse, nurseClient) = await PersonAsync("Iris Intensive");
        var (colleague, _) = await PersonAsync("Cor Colleague");
        var place = await PlaceAsync([nurse, colleague]);
        var courseId = await CoursesApi.CreateCourseAsync(coordinator);
        await LiteracyAsync(place.UnitId, courseId, $"AI basics for ICU {place.Suffix}");

        var before = await IssueAsync(coordinator, place.UnitId);
        var nurseId = await CoursesApi.UserIdAsync(nurseClient);
        var completed = await CompletedOffering.CreateAsync(factory, [nurseClient], courseId);
        await CompletedOffering.WaitForCertificatesAsync(factory, completed, 1);
        await Eventually.TrueAsync(() => factory.WithScopeAsync<ComplianceDbContext, bool>(db => db.TrainingRecords.AnyAsync(r => r.UserId == nurseId)), () => "the certificate reached Compliance");
        var after = await IssueAsync(coordinator, place.UnitId);

        var beforeWords = Words(before.Pdf);
        var afterWords = Words(after.Pdf);
        Assert.Contains("0 of 2 (0%)", beforeWords);
        Assert.Contains("1 of 2 (50%)", afterWords);
        Assert.Contains("Cor Colleague", afterWords);
        Assert.Contains("Train a model", afterWords);
        Assert.Contains("Iris Intensive", afterWords);
        Assert.Contains(after.ContentSha256, afterWords.Replace(" ", ""));
        Assert.Equal(after.ContentSha256, Convert.ToHexStringLower(SHA256.HashData(after.Csv)));
        Assert.Equal(after.PdfSha256, Convert.ToHexStringLower(SHA256.HashData(after.Pdf)));
        var csv = Encoding.UTF8.GetString(after.Csv).TrimStart('\uFEFF').Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("staff_number,name,email,units,functions,requirement,kind,ai_system,state,fulfilled_by,source,completed_on,valid_until", csv[0]);
        Assert.Contains(csv, line => line.Contains("Iris Intensive", StringComparison.Ordinal) && line.Contains(",Met,", StringComparison.Ordinal) && line.Contains(",certificate,", StringComparison.Ordinal));
        Assert.Contains(csv, line => line.Contains("Cor Colleague", StringComparison.Ordinal) && line.Contains(",Missing,", StringComparison.Ordinal));
        Assert.NotEqual(before.ContentSha256, after.ContentSha256);

        // The register answers an auditor's check, the files come back byte for byte, and an edited copy matches nothing.
        var found = await CoursesApi.JsonAsync(await coordinator.GetAsync($"/api/compliance/evidence-reports?sha256={after.PdfSha256}"));
        var edited = after.Csv.ToArray();
        edited[^2] ^= 1;
        var notFound = await CoursesApi.JsonAsync(await coordinator.GetAsync($"/api/compliance/evidence-reports?sha256={Convert.ToHexStringLower(SHA256.HashData(edited))}"));
        Assert.Equal(after.Id, Assert.Single(found.EnumerateArray()).GetProperty("id").GetGuid());
        Assert.Empty(notFound.EnumerateArray());
        Assert.Equal(after.Pdf, await (await coordinator.GetAsync($"/api/compliance/evidence-reports/{after.Id}/pdf")).Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task A_units_coverage_over_time_follows_who_worked_there_and_what_they_had_completed_at_each_month_end()
    {
        var coordinator = await factory.CreateClientForAsync("coordinator@demo.local");
        var (nurse, nurseClient) = await PersonAsync("Tara Trend");
        var (colleague, _) = await PersonAsync("Tom Trend");
        var place = await PlaceAsync([nurse, colleague]);
        var courseId = await CoursesApi.CreateCourseAsync(coordinator);
        await LiteracyAsync(place.UnitId, courseId, $"AI basics over time {place.Suffix}");
        // They joined the department two and a half months ago, as the HR history would say.
        var nurseId = await CoursesApi.UserIdAsync(nurseClient);
        var joined = DateTime.UtcNow.AddDays(-75);
        await factory.WithScopeAsync<ComplianceDbContext>(db => db.Memberships.Where(m => m.UnitId == place.UnitId || db.Units.Any(u => u.Id == m.UnitId && u.ParentId == place.UnitId))
            .ExecuteUpdateAsync(set => set.SetProperty(m => m.StartedAtUtc, joined)));
        var offeringId = await CompletedOffering.CreateAsync(factory, [nurseClient], courseId);
        await CompletedOffering.WaitForCertificatesAsync(factory, offeringId, 1);
        await Eventually.TrueAsync(() => factory.WithScopeAsync<ComplianceDbContext, bool>(db => db.TrainingRecords.AnyAsync(r => r.UserId == nurseId)), () => "the certificate reached Compliance");

        var trend = await CoursesApi.JsonAsync(await coordinator.GetAsync($"/api/compliance/organisation/units/{place.UnitId}/coverage-trend"));
        var byParticipant = await (await factory.CreateClientForAsync("participant@demo.local")).GetAsync($"/api/compliance/organisation/units/{place.UnitId}/coverage-trend");
        var unknown = await coordinator.GetAsync($"/api/compliance/organisation/units/{Guid.NewGuid()}/coverage-trend");

        var days = trend.GetProperty("days").EnumerateArray().Select(d => DateOnly.Parse(d.GetString()!, System.Globalization.CultureInfo.InvariantCulture)).ToList();
        var series = trend.GetProperty("series").EnumerateArray().Single(s => s.GetProperty("title").GetString() == $"AI basics over time {place.Suffix}");
        var points = series.GetProperty("points").EnumerateArray().ToList();
        Assert.Equal(13, days.Count);
        Assert.Equal(DateOnly.FromDateTime(HealthAiAcademy.BuildingBlocks.Time.AcademyTime.ToLocal(DateTime.UtcNow)), days[^1]);
        Assert.All(days.SkipLast(1), d => Assert.Equal(1, d.AddDays(1).Day));
        var joinedOn = DateOnly.FromDateTime(HealthAiAcademy.BuildingBlocks.Time.AcademyTime.ToLocal(joined));
        for (var i = 0; i < days.Count - 1; i++)
        {
            if (days[i] < joinedOn)
            {
                Assert.Equal(System.Text.Json.JsonValueKind.Null, points[i].ValueKind);
            }
            else
            {
                Assert.Equal((0, 2), (points[i].GetProperty("done").GetInt32(), points[i].GetProperty("required").GetInt32()));
            }
        }

        Assert.True(days.Count(d => d >= joinedOn) >= 3, "at least two month ends after joining, and today");
        Assert.Equal((1, 2, 50), (points[^1].GetProperty("done").GetInt32(), points[^1].GetProperty("required").GetInt32(), points[^1].GetProperty("percent").GetInt32()));
        Assert.Equal(HttpStatusCode.Forbidden, byParticipant.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
    }

    [Fact]
    public async Task Evidence_reports_refuse_participants_a_future_date_and_an_unknown_unit_and_speak_Dutch_to_a_Dutch_reader()
    {
        var coordinator = await factory.CreateClientForAsync("coordinator@demo.local");
        var participant = await factory.CreateClientForAsync("participant@demo.local");
        var tomorrow = DateOnly.FromDateTime(DateTime.UtcNow.AddDays(2)).ToString("yyyy-MM-dd");

        var byParticipant = await participant.PostAsJsonAsync("/api/compliance/evidence-reports", new { });
        var future = await coordinator.PostAsJsonAsync("/api/compliance/evidence-reports", new { asOf = tomorrow });
        var unknown = await coordinator.PostAsJsonAsync("/api/compliance/evidence-reports", new { unitId = Guid.NewGuid() });
        var badHash = await coordinator.GetAsync("/api/compliance/evidence-reports?sha256=xyz");
        coordinator.DefaultRequestHeaders.AcceptLanguage.ParseAdd("nl");
        var dutch = await CoursesApi.JsonAsync(await coordinator.PostAsJsonAsync("/api/compliance/evidence-reports", new { }));
        var pdf = await (await coordinator.GetAsync(dutch.GetProperty("pdfUrl").GetString())).Content.ReadAsByteArrayAsync();

        Assert.Equal(HttpStatusCode.Forbidden, byParticipant.StatusCode);
        await future.AssertValidationProblemAsync("asOf");
        await unknown.AssertValidationProblemAsync("unitId");
        await badHash.AssertValidationProblemAsync("sha256");
        Assert.Equal("Het hele ziekenhuis", dutch.GetProperty("scope").GetString());
        var words = Words(pdf);
        Assert.Contains("Eisen en dekking", words);
        Assert.Contains("Getroffen maatregelen", words);
    }

    private sealed record Issued(Guid Id, string ContentSha256, string PdfSha256, byte[] Pdf, byte[] Csv);

    private static async Task<Issued> IssueAsync(HttpClient coordinator, Guid unitId)
    {
        var response = await coordinator.PostAsJsonAsync("/api/compliance/evidence-reports", new { unitId });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var report = await CoursesApi.JsonAsync(response);
        var pdf = await coordinator.GetAsync(report.GetProperty("pdfUrl").GetString());
        var csv = await coordinator.GetAsync(report.GetProperty("csvUrl").GetString());
        Assert.Equal(report.GetProperty("contentSha256").GetString(), csv.Headers.GetValues("X-Content-SHA256").Single());
        return new Issued(report.GetProperty("id").GetGuid(), report.GetProperty("contentSha256").GetString()!, report.GetProperty("pdfSha256").GetString()!,
            await pdf.Content.ReadAsByteArrayAsync(), await csv.Content.ReadAsByteArrayAsync());
    }

    private static string Words(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        return string.Join(' ', document.GetPages().SelectMany(p => p.GetWords()).Select(w => w.Text));
    }

    private static async Task<JsonElement> ObligationAsync(HttpClient person, Guid requirementId) =>
        (await CoursesApi.JsonAsync(await person.GetAsync("/api/compliance/me/obligations"))).GetProperty("obligations").EnumerateArray()
            .Single(o => o.GetProperty("requirementId").GetGuid() == requirementId);

    private async Task<(Guid UnitId, string Suffix)> PlaceAsync(IReadOnlyList<string> emails)
    {
        var admin = await factory.CreateClientForAsync("admin@demo.local");
        var suffix = Guid.NewGuid().ToString("N")[..8];
        var lines = string.Join('\n', emails.Select(e => $"{e};Acute {suffix};Intensive care;ICU nurse {suffix}"));
        (await admin.PostAsync("/api/compliance/organisation/hr-imports", new StringContent($"Email;Division;Department;Function\n{lines}\n", Encoding.UTF8, "text/csv")))
            .EnsureSuccessStatusCode();
        var chart = await CoursesApi.JsonAsync(await admin.GetAsync("/api/compliance/organisation"));
        return (chart.GetProperty("units").EnumerateArray().Single(u => u.GetProperty("path").GetString() == $"Acute {suffix} / Intensive care").GetProperty("id").GetGuid(), suffix);
    }

    private async Task<Guid> LiteracyAsync(Guid unitId, Guid courseId, string title)
    {
        var admin = await factory.CreateClientForAsync("admin@demo.local");
        var response = await admin.PostAsJsonAsync("/api/compliance/requirements", new { title, kind = "Literacy", unitIds = new[] { unitId }, courseIds = new[] { courseId }, validForMonths = 24 });
        return (await CoursesApi.JsonAsync(response)).GetProperty("id").GetGuid();
    }

    private Task<(string Email, HttpClient Client)> PersonAsync(string name) => AccreditedRun.PersonAsync(factory, name, "Nurse", null);
}

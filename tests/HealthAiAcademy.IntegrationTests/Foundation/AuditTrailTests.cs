using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using HealthAiAcademy.BuildingBlocks.Audit;
using HealthAiAcademy.Enrollment.Data;
using HealthAiAcademy.IntegrationTests.Courses;
using HealthAiAcademy.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace HealthAiAcademy.IntegrationTests.Foundation;

/// <summary>Issue 13, item 10: every staff action leaves an append-only entry, readable by administrators across modules.</summary>
public sealed class AuditTrailTests(AcademyFactory factory) : IClassFixture<AcademyFactory>
{
    private const string Password = "Audit-Trail-Test-2026";

    [Fact]
    public async Task Decisions_attendance_rule_changes_and_roles_are_traced_with_their_previous_values()
    {
        var coordinator = await factory.CreateClientForAsync("coordinator@demo.local");
        var admin = await factory.CreateClientForAsync("admin@demo.local");
        var (personId, email, person) = await RegisterAsync();
        var offeringId = await CoursesApi.CreateOfferingAsync(coordinator, await CoursesApi.CreateCourseAsync(coordinator), body =>
        {
            body["enrollmentPolicy"] = "Application";
            body["capacity"] = 20;
            CoursesApi.UnderWay(body);
        });
        var session = await CoursesApi.JsonAsync(await coordinator.PostAsJsonAsync($"/api/courses/offerings/{offeringId}/sessions",
            new { startsAt = CoursesApi.UnderWaySession(), durationMinutes = 60, topic = "Day 1" }));
        var sessionId = session.GetProperty("id").GetGuid();
        Assert.Equal(HttpStatusCode.OK, (await coordinator.PostAsync($"/api/courses/offerings/{offeringId}/publish", null)).StatusCode);
        var applied = await CoursesApi.JsonAsync(await person.PostAsJsonAsync($"/api/enrollment/offerings/{offeringId}/enrollments", new { motivation = "I lead the ward's data projects." }));
        var enrollmentId = applied.GetProperty("id").GetGuid();

        (await coordinator.PostAsJsonAsync($"/api/enrollment/enrollments/{enrollmentId}/approve", new { message = "Welcome!" })).EnsureSuccessStatusCode();
        (await coordinator.PutAsJsonAsync($"/api/enrollment/sessions/{sessionId}/attendance", Records(enrollmentId, "Present"))).EnsureSuccessStatusCode();
        (await coordinator.PutAsJsonAsync($"/api/enrollment/sessions/{sessionId}/attendance", Records(enrollmentId, "Absent"))).EnsureSuccessStatusCode();
        var update = CoursesApi.Offering(Guid.Empty, capacity: 25);
        CoursesApi.UnderWay(update);
        (await coordinator.PutAsJsonAsync($"/api/courses/offerings/{offeringId}", update)).EnsureSuccessStatusCode();
        (await admin.PutAsync($"/api/admin/users/{personId}/roles/Instructor", null)).EnsureSuccessStatusCode();

        var aboutPerson = await CoursesApi.JsonAsync(await admin.GetAsync($"/api/admin/audit?person={Uri.EscapeDataString(email)}&pageSize=100"));
        var ofOffering = await CoursesApi.JsonAsync(await admin.GetAsync($"/api/admin/audit?offeringId={offeringId}&pageSize=100"));

        var personLines = aboutPerson.GetProperty("items").EnumerateArray().ToList();
        var approval = Assert.Single(personLines, l => l.GetProperty("action").GetString() == AuditActions.ApplicationApproved);
        Assert.Contains("Cora", approval.GetProperty("actor").GetString());
        Assert.Equal("Welcome!", approval.GetProperty("note").GetString());
        Assert.Contains(approval.GetProperty("changes").EnumerateArray(),
            c => c.GetProperty("field").GetString() == "Status" && c.GetProperty("from").GetString() == "PendingApproval" && c.GetProperty("to").GetString() == "Enrolled");
        var attendance = personLines.Where(l => l.GetProperty("action").GetString() == AuditActions.AttendanceRecorded)
            .Select(l => Assert.Single(l.GetProperty("changes").EnumerateArray())).Select(c => (c.GetProperty("from").GetString(), c.GetProperty("to").GetString())).ToList();
        Assert.Equal([("Present", "Absent"), (null, "Present")], attendance);
        Assert.Contains(personLines, l => l.GetProperty("action").GetString() == "RoleGranted" && l.GetProperty("module").GetString() == "Accounts");
        var capacity = Assert.Single(ofOffering.GetProperty("items").EnumerateArray(), l => l.GetProperty("action").GetString() == AuditActions.OfferingChanged);
        Assert.Contains(capacity.GetProperty("changes").EnumerateArray(),
            c => c.GetProperty("field").GetString() == "Capacity" && c.GetProperty("from").GetString() == "20" && c.GetProperty("to").GetString() == "25");
        Assert.Contains(ofOffering.GetProperty("items").EnumerateArray(), l => l.GetProperty("action").GetString() == AuditActions.OfferingStatusChanged);
        Assert.EndsWith("Z", approval.GetProperty("atUtc").GetString());
    }

    [Fact]
    public async Task Administrators_filter_page_and_download_it_and_nobody_else_reads_it()
    {
        var coordinator = await factory.CreateClientForAsync("coordinator@demo.local");
        var admin = await factory.CreateClientForAsync("admin@demo.local");
        var participant = await factory.CreateClientForAsync("participant@demo.local");
        await CoursesApi.CreateCourseAsync(coordinator);

        var today = HealthAiAcademy.BuildingBlocks.Time.AcademyTime.DateOf(DateTime.UtcNow).ToString("yyyy-MM-dd");
        var created = await CoursesApi.JsonAsync(await admin.GetAsync($"/api/admin/audit?action=CourseCreated&module=courses&from={today}&to={today}&actor=coordinator@demo.local&pageSize=1"));
        var csv = await admin.GetAsync($"/api/admin/audit.csv?action=CourseCreated&from={today}");
        var bytes = await csv.Content.ReadAsByteArrayAsync();
        var page = await (await factory.CreateCookieClientForAsync("admin@demo.local")).GetStringAsync($"/admin/audit?action=CourseCreated&from={today}");
        var badFilters = await admin.GetAsync("/api/admin/audit?from=1-12-2026&to=2026-13-40&module=Nope&actor=nobody@example.org&page=0");

        Assert.True(created.GetProperty("total").GetInt32() >= 1);
        var line = Assert.Single(created.GetProperty("items").EnumerateArray());
        Assert.Equal("Courses", line.GetProperty("module").GetString());
        Assert.Contains(line.GetProperty("changes").EnumerateArray(), c => c.GetProperty("field").GetString() == "Code" && c.GetProperty("from").ValueKind == JsonValueKind.Null);
        Assert.Equal("text/csv; charset=utf-8", csv.Content.Headers.ContentType!.ToString());
        Assert.Equal("audit-trail.csv", csv.Content.Headers.ContentDisposition!.FileNameStar ?? csv.Content.Headers.ContentDisposition.FileName);
        Assert.Equal(Encoding.UTF8.GetPreamble(), bytes[..3]);
        var rows = Encoding.UTF8.GetString(bytes[3..]).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("At (Amsterdam),At (UTC),Module,Action", rows[0]);
        Assert.Contains(rows.Skip(1), r => r.Contains(",CourseCreated,", StringComparison.Ordinal) && r.Contains("coordinator@demo.local", StringComparison.Ordinal));
        Assert.Contains("data-testid=\"audit\"", page);
        Assert.Contains("Course created", page);
        await badFilters.AssertValidationProblemAsync("from", "to", "module", "actor", "page");
        await (await participant.GetAsync("/api/admin/audit")).AssertProblemAsync(HttpStatusCode.Forbidden);
        await (await coordinator.GetAsync("/api/admin/audit.csv")).AssertProblemAsync(HttpStatusCode.Forbidden);
        await (await factory.CreateClient().GetAsync("/api/admin/audit")).AssertProblemAsync(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Entries_are_never_changed_or_deleted()
    {
        var coordinator = await factory.CreateClientForAsync("coordinator@demo.local");
        var offeringId = await CoursesApi.CreateOfferingAsync(coordinator, await CoursesApi.CreateCourseAsync(coordinator));
        (await coordinator.PostAsync($"/api/courses/offerings/{offeringId}/publish", null)).EnsureSuccessStatusCode();

        var rewrite = await Record.ExceptionAsync(() => factory.WithScopeAsync<HealthAiAcademy.Courses.Data.CoursesDbContext>(async db =>
        {
            var entry = await db.AuditEntries.FirstAsync(e => e.OfferingId == offeringId);
            db.Entry(entry).Property(e => e.Note).CurrentValue = "nothing happened";
            await db.SaveChangesAsync();
        }));
        var removal = await Record.ExceptionAsync(() => factory.WithScopeAsync<HealthAiAcademy.Courses.Data.CoursesDbContext>(async db =>
        {
            db.AuditEntries.Remove(await db.AuditEntries.FirstAsync(e => e.OfferingId == offeringId));
            await db.SaveChangesAsync();
        }));

        Assert.IsType<InvalidOperationException>(rewrite);
        Assert.IsType<InvalidOperationException>(removal);
        var kept = await factory.WithScopeAsync<HealthAiAcademy.Courses.Data.CoursesDbContext, int>(db => db.AuditEntries.CountAsync(e => e.OfferingId == offeringId && e.Note == null));
        Assert.Equal(2, kept);
    }

    private async Task<(Guid Id, string Email, HttpClient Client)> RegisterAsync()
    {
        var email = $"{Guid.NewGuid():N}@umc.example";
        var registered = await factory.CreateClient().PostAsJsonAsync("/api/auth/register", new { email, password = Password, fullName = "Anouk Auditee" });
        registered.EnsureSuccessStatusCode();
        var id = (await registered.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        return (id, email, await factory.CreateClientForAsync(email, Password));
    }

    private static object Records(Guid enrollmentId, string status) => new { records = new[] { new { enrollmentId, status } } };
}

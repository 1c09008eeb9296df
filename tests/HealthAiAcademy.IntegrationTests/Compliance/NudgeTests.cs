using System.Net.Http.Json;
using System.Text;
using HealthAiAcademy.Compliance.Data;
using HealthAiAcademy.Compliance.Features.SendNudges;
using HealthAiAcademy.IntegrationTests.Courses;
using HealthAiAcademy.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace HealthAiAcademy.IntegrationTests.Compliance;

/// <summary>Issue 16, item 6: people with an overdue requirement are reminded once, and managers get their unit's summary once a month.</summary>
public sealed class NudgeTests(AcademyFactory factory) : IClassFixture<AcademyFactory>
{
    [Fact]
    public async Task An_overdue_requirement_is_told_once_and_the_manager_gets_the_units_summary_once_a_month()
    {
        var admin = await factory.CreateClientForAsync("admin@demo.local");
        var coordinator = await factory.CreateClientForAsync("coordinator@demo.local");
        var suffix = Guid.NewGuid().ToString("N")[..8];
        var nurse = await RegisterAsync("Olivia Overdue");
        var manager = await RegisterAsync("Maarten Manager");
        (await admin.PostAsync("/api/compliance/organisation/hr-imports", new StringContent(
            $"Email;Division;Department;Function;Manager\n{nurse};Care {suffix};Neonatology;Nurse {suffix};no\n{manager};Care {suffix};Neonatology;Head {suffix};yes\n",
            Encoding.UTF8, "text/csv"))).EnsureSuccessStatusCode();
        var chart = await CoursesApi.JsonAsync(await admin.GetAsync("/api/compliance/organisation"));
        var unit = chart.GetProperty("units").EnumerateArray().Single(u => u.GetProperty("path").GetString() == $"Care {suffix} / Neonatology").GetProperty("id").GetGuid();
        var function = chart.GetProperty("functions").EnumerateArray().Single(f => f.GetProperty("name").GetString() == $"Nurse {suffix}").GetProperty("id").GetGuid();
        var courseId = await CoursesApi.CreateCourseAsync(coordinator);
        (await admin.PostAsJsonAsync("/api/compliance/requirements", new
        {
            title = $"AI basics for neonatology {suffix}", kind = "Literacy", unitIds = new[] { unit }, functionIds = new[] { function }, courseIds = new[] { courseId }, validForMonths = 24,
        })).EnsureSuccessStatusCode();

        var first = await factory.WithScopeAsync<NudgeSweep, int>(sweep => sweep.RunAsync(CancellationToken.None));
        var second = await factory.WithScopeAsync<NudgeSweep, int>(sweep => sweep.RunAsync(CancellationToken.None));

        Assert.True(first >= 2, $"the first run sent {first}");
        Assert.Equal(0, second);
        Assert.Equal(1, factory.MailCount(nurse));
        Assert.Equal("/learning/obligations", factory.LinkInMail(nurse, "/learning/obligations"));
        Assert.Equal(1, factory.MailCount(manager));
        var summary = Directory.GetFiles(factory.MailDirectory, "*.eml").Select(f => MimeKit.MimeMessage.Load(f))
            .Single(m => m.To.Mailboxes.Any(a => a.Address == manager));
        Assert.Contains("monthly summary", summary.Subject);
        Assert.Contains($"AI basics for neonatology {suffix}: 0 of 1 done", summary.TextBody);
        Assert.Contains("still open: Olivia Overdue", summary.TextBody);
        Assert.Equal(1, await factory.WithScopeAsync<ComplianceDbContext, int>(db => db.ManagerSummaries.CountAsync(s => s.UnitId == unit && s.SentAtUtc != null)));
    }

    private async Task<string> RegisterAsync(string name) =>
        (await HealthAiAcademy.IntegrationTests.Certification.AccreditedRun.PersonAsync(factory, name, "Nurse", null)).Email;
}

using System.Text.Json;
using HealthAiAcademy.Assessment.Data;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using HealthAiAcademy.Enrollment.Contracts;
using HealthAiAcademy.Enrollment.Data;
using HealthAiAcademy.Host.DemoData;
using HealthAiAcademy.IntegrationTests.Courses;
using HealthAiAcademy.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace HealthAiAcademy.IntegrationTests.DemoData;

/// <summary>The demo as a newcomer starts it (demo people acting), against a host of its own.</summary>
public sealed class LivingDemoHost : IAsyncLifetime
{
    public AcademyFactory Factory { get; } = AcademyFactory.Create(null, new Dictionary<string, string?> { ["Demo:Activity"] = "true" });

    public Task InitializeAsync()
    {
        _ = Factory.Services;
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await Factory.DisposeAsync();
}

public sealed class LivingDemoTests(LivingDemoHost host) : IClassFixture<LivingDemoHost>
{
    private AcademyFactory Factory => host.Factory;

    [Fact]
    public async Task The_participant_finds_a_coming_course_an_application_a_seat_offer_a_completed_course_with_its_certificate_and_a_notification()
    {
        var participant = await Factory.CreateCookieClientForAsync("participant@demo.local");

        var learning = await participant.GetStringAsync("/learning");
        var notifications = await participant.GetStringAsync("/learning/notifications");

        Assert.Contains("A seat is offered to you until", learning);
        Assert.Contains("Application under review", learning);
        Assert.Contains("Completed", learning);
        Assert.Contains("Upcoming sessions", learning);
        Assert.Contains("Grade released: Appraise an AI tool from your own ward", notifications);
        await Eventually.TrueAsync(async () => (await participant.GetStringAsync("/learning/certificates")).Contains("Download the certificate (PDF)"),
            "the completed past run's certificate is issued");
        var announced = await Factory.WithScopeAsync<EnrollmentDbContext, Guid>(db => db.Announcements.Select(a => a.OfferingId).SingleAsync());
        Assert.Contains("Preparing for day 1", await participant.GetStringAsync($"/catalog/{announced}"));
    }

    [Fact]
    public async Task The_instructor_has_hand_ins_waiting_and_the_coordinator_has_applications_to_decide()
    {
        var instructor = await Factory.CreateClientForAsync("instructor@demo.local");
        var coordinator = await Factory.CreateCookieClientForAsync("coordinator@demo.local");

        var queue = await CoursesApi.JsonAsync(await instructor.GetAsync("/api/assessment/grading-queue?state=NotGraded"));
        var pending = await Factory.WithScopeAsync<EnrollmentDbContext, List<Guid>>(db =>
            db.Enrollments.Where(e => e.Status == EnrollmentStatus.PendingApproval).Select(e => e.OfferingId).Distinct().ToListAsync());
        var roster = await coordinator.GetStringAsync($"/manage/offerings/{pending.Single()}/roster");

        Assert.Equal(2, queue.GetProperty("total").GetInt32());
        Assert.Equal(2, CountOf(roster, ">Accept<"));
    }

    [Fact]
    public async Task The_nurse_sees_her_AI_obligations_and_the_coordinator_the_register_with_who_may_operate()
    {
        var nurse = await Factory.CreateCookieClientForAsync("nurse@demo.local");
        var coordinator = await Factory.CreateCookieClientForAsync("coordinator@demo.local");

        var learning = await nurse.GetStringAsync("/learning");
        var obligations = System.Net.WebUtility.HtmlDecode(await nurse.GetStringAsync("/learning/obligations"));
        var register = System.Net.WebUtility.HtmlDecode(await coordinator.GetStringAsync("/manage/ai-systems"));

        Assert.Contains("data-testid=\"obligations\"", learning);
        Assert.Contains("/learning/obligations", learning);
        Assert.Contains("Working with the sepsis model", obligations);
        Assert.Contains("Overseeing the sepsis model", obligations);
        Assert.Contains("All clinical staff: AI basics", obligations);
        Assert.Contains("Sepsis early warning (ICU)", register);
        Assert.Contains("Lung nodule detection (CT)", register);
    }

    [Fact]
    public async Task Seeding_again_on_a_restart_adds_nothing()
    {
        var before = await CountsAsync();

        await DemoDataSeeding.SeedAsync(Factory.Services, Factory.Services.GetRequiredService<IConfiguration>(), CancellationToken.None);

        Assert.Equal(before, await CountsAsync());
    }

    private async Task<(int Enrollments, int Attendance, int Submissions, int Attempts, int Memberships)> CountsAsync() =>
        (await Factory.WithScopeAsync<EnrollmentDbContext, int>(db => db.Enrollments.CountAsync()),
         await Factory.WithScopeAsync<EnrollmentDbContext, int>(db => db.Attendance.CountAsync()),
         await Factory.WithScopeAsync<AssessmentDbContext, int>(db => db.Submissions.CountAsync()),
         await Factory.WithScopeAsync<AssessmentDbContext, int>(db => db.Attempts.CountAsync()),
         await Factory.WithScopeAsync<HealthAiAcademy.Compliance.Data.ComplianceDbContext, int>(db => db.Memberships.CountAsync()));

    private static int CountOf(string text, string part) => (text.Length - text.Replace(part, string.Empty, StringComparison.Ordinal).Length) / part.Length;
}

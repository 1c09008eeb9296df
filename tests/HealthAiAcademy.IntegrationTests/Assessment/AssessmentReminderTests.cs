using System.Net.Http.Json;
using HealthAiAcademy.Enrollment.Features.SendReminders;
using HealthAiAcademy.IntegrationTests.Courses;
using HealthAiAcademy.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace HealthAiAcademy.IntegrationTests.Assessment;

public sealed class AssessmentReminderTests(AcademyFactory factory) : IClassFixture<AcademyFactory>
{
    [Fact]
    public async Task Those_who_have_not_handed_in_work_due_within_48_hours_are_reminded_once_and_it_shows_in_my_learning()
    {
        var scenario = await AssessmentScenario.CreateAsync(factory);
        var due = DateTime.UtcNow.AddHours(30);
        var essayId = (await scenario.CreateAssessmentAsync(new { title = "Ethics essay", kind = "Assignment", dueAtUtc = due })).GetProperty("id").GetGuid();
        await scenario.CreateAssessmentAsync(new { title = "Later essay", kind = "Assignment", dueAtUtc = DateTime.UtcNow.AddDays(5) });
        var (doneId, done) = await scenario.EnrolAsync();
        var (extendedId, _) = await scenario.EnrolAsync();
        var late = await factory.CreateClientForAsync("participant@demo.local");
        await scenario.EnrolAsync(late);
        var lateId = await CoursesApi.UserIdAsync(late);
        await done.PostAsJsonAsync($"/api/assessment/assessments/{essayId}/submissions", new { text = "Done early" });
        await scenario.Instructor.PutAsJsonAsync($"/api/assessment/assessments/{essayId}/extensions/{extendedId}", new { dueAtUtc = DateTime.UtcNow.AddDays(4) });
        var finder = factory.Services.CreateScope().ServiceProvider.GetRequiredService<DueReminderFinder>();

        var reminders = (await finder.FindAsync(DateTime.UtcNow, CancellationToken.None)).Where(r => r.Kind.ToString() == "AssessmentDue").ToList();
        var sweep = factory.Services.GetRequiredService<ReminderSweep>();
        var first = await sweep.RunAsync(CancellationToken.None);
        var second = await sweep.RunAsync(CancellationToken.None);

        var reminder = Assert.Single(reminders);
        Assert.Equal(lateId, reminder.UserId);
        Assert.Contains("Ethics essay", reminder.Write(factory.Services.GetRequiredService<Microsoft.Extensions.Localization.IStringLocalizer<HealthAiAcademy.Enrollment.Resources.EnrollmentText>>()).Body);
        Assert.DoesNotContain(reminders, r => r.UserId == doneId || r.UserId == extendedId);
        Assert.Equal(1, first);
        Assert.Contains(Directory.GetFiles(factory.MailDirectory, "*.eml"), f => File.ReadAllText(f).Contains("Due soon: Ethics essay"));
        Assert.Equal(0, second);
        var notifications = await CoursesApi.JsonAsync(await late.GetAsync("/api/enrollment/me/notifications"));
        Assert.Contains(notifications.EnumerateArray(), n => n.GetProperty("title").GetString() == "Due soon: Ethics essay");

        var cookie = await factory.CreateCookieClientForAsync("participant@demo.local");
        var myLearning = await cookie.GetStringAsync("/learning");
        Assert.Contains("Still to hand in", myLearning);
        Assert.Contains("Ethics essay", myLearning);
        Assert.Contains("Later essay", myLearning);
    }
}

using System.Net;
using System.Net.Http.Json;
using HealthAiAcademy.Enrollment.Data;
using HealthAiAcademy.IntegrationTests.Courses;
using HealthAiAcademy.IntegrationTests.Identity;
using HealthAiAcademy.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace HealthAiAcademy.IntegrationTests.Enrollment;

public sealed class EnrollmentPagesTests(AcademyFactory factory) : IClassFixture<AcademyFactory>
{
    [Fact]
    public async Task Notifications_are_marked_read_one_by_one_or_all_at_once_and_only_ones_own()
    {
        var participant = await factory.CreateCookieClientForAsync("participant@demo.local");
        var participantId = await CoursesApi.UserIdAsync(await factory.CreateClientForAsync("participant@demo.local"));
        var instructorId = await CoursesApi.UserIdAsync(await factory.CreateClientForAsync("instructor@demo.local"));
        var first = new HealthAiAcademy.Enrollment.Domain.Notification(participantId, "First news", "One", null, DateTime.UtcNow);
        var second = new HealthAiAcademy.Enrollment.Domain.Notification(participantId, "Second news", "Two", null, DateTime.UtcNow);
        var theirs = new HealthAiAcademy.Enrollment.Domain.Notification(instructorId, "Not yours", "Three", null, DateTime.UtcNow);
        await factory.WithScopeAsync<EnrollmentDbContext>(async db =>
        {
            db.Notifications.AddRange(first, second, theirs);
            await db.SaveChangesAsync();
        });

        var token = await AccountPagesTests.AntiforgeryTokenAsync(participant, "/learning/notifications");
        var one = await participant.PostAsync($"/learning/notifications?handler=Read&notificationId={first.Id}", AccountPagesTests.Form(token, []));
        var others = await participant.PostAsync($"/learning/notifications?handler=Read&notificationId={theirs.Id}", AccountPagesTests.Form(token, []));
        var afterOne = await factory.WithScopeAsync<EnrollmentDbContext, List<Guid>>(db => db.Notifications.Where(n => n.ReadAtUtc != null).Select(n => n.Id).ToListAsync());
        await participant.PostAsync("/learning/notifications?handler=AllRead", AccountPagesTests.Form(token, []));
        var page = await participant.GetStringAsync("/learning/notifications");
        var unreadLeft = await factory.WithScopeAsync<EnrollmentDbContext, int>(db => db.Notifications.CountAsync(n => n.UserId == participantId && n.ReadAtUtc == null));

        Assert.Equal(HttpStatusCode.Redirect, one.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, others.StatusCode);
        Assert.Contains(first.Id, afterOne);
        Assert.DoesNotContain(theirs.Id, afterOne);
        Assert.Equal(0, unreadLeft);
        Assert.DoesNotContain("Mark as read", page);
    }

    [Fact]
    public async Task Withdrawing_asks_first_saying_what_it_means_and_only_the_owner_sees_the_question()
    {
        var coordinatorApi = await factory.CreateClientForAsync("coordinator@demo.local");
        var offeringId = await CoursesApi.CreateOfferingAsync(coordinatorApi, await CoursesApi.CreateCourseAsync(coordinatorApi), b => b["enrollmentPolicy"] = "Open");
        await coordinatorApi.PostAsync($"/api/courses/offerings/{offeringId}/publish", null);
        var participantApi = await factory.CreateClientForAsync("participant@demo.local");
        var enrollmentId = (await CoursesApi.JsonAsync(await participantApi.PostAsJsonAsync($"/api/enrollment/offerings/{offeringId}/enrollments", new { }))).GetProperty("id").GetGuid();
        var participant = await factory.CreateCookieClientForAsync("participant@demo.local");
        var instructor = await factory.CreateCookieClientForAsync("instructor@demo.local");

        var learning = await participant.GetStringAsync("/learning");
        var question = await participant.GetStringAsync($"/learning/withdraw/{enrollmentId}");
        var someoneElse = await instructor.GetAsync($"/learning/withdraw/{enrollmentId}");
        var stillEnrolled = await factory.WithScopeAsync<EnrollmentDbContext, string>(async db => (await db.Enrollments.SingleAsync(e => e.Id == enrollmentId)).Status.ToString());
        var token = await AccountPagesTests.AntiforgeryTokenAsync(participant, $"/learning/withdraw/{enrollmentId}");
        var confirmed = await participant.PostAsync($"/learning?handler=Withdraw&enrollmentId={enrollmentId}", AccountPagesTests.Form(token, []));
        var withdrawn = await factory.WithScopeAsync<EnrollmentDbContext, string>(async db => (await db.Enrollments.SingleAsync(e => e.Id == enrollmentId)).Status.ToString());

        Assert.Contains($"href=\"/learning/withdraw/{enrollmentId}\"", learning);
        Assert.Contains("Your seat goes to the next person on the waiting list.", question);
        Assert.Contains("You may withdraw free of charge until", question);
        Assert.Contains("Yes, withdraw", question);
        Assert.Equal(HttpStatusCode.NotFound, someoneElse.StatusCode);
        Assert.Equal("Enrolled", stillEnrolled);
        Assert.Equal(HttpStatusCode.Redirect, confirmed.StatusCode);
        Assert.Equal("Withdrawn", withdrawn);
    }

    [Fact]
    public async Task Staff_take_attendance_on_the_session_page_and_participants_are_refused_it()
    {
        var coordinatorApi = await factory.CreateClientForAsync("coordinator@demo.local");
        var offeringId = await CoursesApi.CreateOfferingAsync(coordinatorApi, await CoursesApi.CreateCourseAsync(coordinatorApi), b =>
        {
            b["enrollmentPolicy"] = "Open";
            CoursesApi.UnderWay(b);
        });
        var sessionId = (await CoursesApi.JsonAsync(await coordinatorApi.PostAsJsonAsync($"/api/courses/offerings/{offeringId}/sessions",
            new { startsAt = CoursesApi.UnderWaySession(), durationMinutes = 60, topic = "Day 1" }))).GetProperty("id").GetGuid();
        await coordinatorApi.PostAsync($"/api/courses/offerings/{offeringId}/publish", null);
        var participantApi = await factory.CreateClientForAsync("participant@demo.local");
        var enrollmentId = (await CoursesApi.JsonAsync(await participantApi.PostAsJsonAsync($"/api/enrollment/offerings/{offeringId}/enrollments", new { }))).GetProperty("id").GetGuid();
        var coordinator = await factory.CreateCookieClientForAsync("coordinator@demo.local");
        var participant = await factory.CreateCookieClientForAsync("participant@demo.local");

        var page = await coordinator.GetStringAsync($"/manage/sessions/{sessionId}/attendance");
        var token = await AccountPagesTests.AntiforgeryTokenAsync(coordinator, $"/manage/sessions/{sessionId}/attendance");
        var saved = await coordinator.PostAsync($"/manage/sessions/{sessionId}/attendance", AccountPagesTests.Form(token, new() { [$"Marks[{enrollmentId}]"] = "Present" }));
        var refused = await participant.GetAsync($"/manage/sessions/{sessionId}/attendance");

        Assert.Contains("Łukasz Şahin-de Vries", page);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal("Present", await factory.WithScopeAsync<EnrollmentDbContext, string>(async db =>
            (await db.Attendance.SingleAsync(a => a.EnrollmentId == enrollmentId)).Status.ToString()));
        Assert.StartsWith("/account/access-denied", refused.Headers.Location!.PathAndQuery);
    }

    [Fact]
    public async Task An_application_is_sent_from_its_page_and_shown_in_my_learning()
    {
        var participant = await factory.CreateCookieClientForAsync("participant@demo.local");
        var summerSchool = (await CoursesApi.JsonAsync(await factory.CreateClient().GetAsync("/api/courses/offerings?kind=SummerSchool"))).GetProperty("items")[0].GetProperty("id").GetGuid();
        var token = await AccountPagesTests.AntiforgeryTokenAsync(participant, $"/learning/enrol/{summerSchool}");

        var withoutMotivation = await participant.PostAsync($"/learning/enrol/{summerSchool}", AccountPagesTests.Form(token, new() { ["Motivation"] = "" }));
        var sent = await participant.PostAsync($"/learning/enrol/{summerSchool}", AccountPagesTests.Form(token, new() { ["Motivation"] = "I lead the data team of our ICU." }));
        var learning = await participant.GetStringAsync("/learning");

        Assert.Equal(HttpStatusCode.OK, withoutMotivation.StatusCode);
        Assert.Contains("selection committee", await withoutMotivation.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);
        Assert.Contains("Data Science and AI in Health", learning);
        Assert.Contains("Application under review", learning);
    }
}

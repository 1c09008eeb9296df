using System.Net;
using System.Net.Http.Json;
using HealthAiAcademy.Assessment.Contracts;
using HealthAiAcademy.BuildingBlocks.Outbox;
using HealthAiAcademy.Courses.Data;
using HealthAiAcademy.Enrollment.Data;
using HealthAiAcademy.IntegrationTests.Courses;
using HealthAiAcademy.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace HealthAiAcademy.IntegrationTests.Enrollment;

public sealed class AttendanceAndCompletionTests(AcademyFactory factory) : IClassFixture<AcademyFactory>
{
    [Fact]
    public async Task Attendance_in_bulk_completes_those_who_meet_the_rules_exactly_once()
    {
        var coordinator = await factory.CreateClientForAsync("coordinator@demo.local");
        var (offeringId, sessions) = await OfferingWithSessionsAsync(coordinator, sessionCount: 2, minimumAttendance: 50);
        var alice = await EnrolAsync(offeringId);
        var bob = await EnrolAsync(offeringId);
        var instructor = await factory.CreateClientForAsync("instructor@demo.local");

        var notTheirs = await instructor.PutAsJsonAsync($"/api/enrollment/sessions/{sessions[0]}/attendance", Records((alice, "Present")));
        var first = await coordinator.PutAsJsonAsync($"/api/enrollment/sessions/{sessions[0]}/attendance", Records((alice, "Present"), (bob, "Absent")));
        var afterFirst = await StatusAsync(alice);
        var second = await coordinator.PutAsJsonAsync($"/api/enrollment/sessions/{sessions[1]}/attendance", Records((alice, "Present"), (bob, "Excused")));
        var again = await coordinator.PutAsJsonAsync($"/api/enrollment/sessions/{sessions[1]}/attendance", Records((alice, "Present"), (bob, "Excused")));

        await notTheirs.AssertProblemAsync(HttpStatusCode.Forbidden);
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal("Enrolled", afterFirst);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Equal("Completed", await StatusAsync(alice));
        Assert.Equal("Enrolled", await StatusAsync(bob));
        var completions = await factory.WithScopeAsync<EnrollmentDbContext, int>(db =>
            db.OutboxMessages.CountAsync(m => m.Type.Contains("EnrollmentCompletedIntegrationEvent") && m.Payload.Contains(alice.ToString())));
        Assert.Equal(1, completions);
        var csv = await coordinator.GetStringAsync($"/api/enrollment/offerings/{offeringId}/attendance.csv");
        var lines = csv.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Assert.StartsWith("Full name,Email,Profession,Registration number,Status,Attendance %", lines[0]);
        Assert.Equal(3, lines.Length);
        Assert.Contains(lines, l => l.Contains("Completed,100,Present,Present"));
        Assert.Contains(lines, l => l.Contains("Enrolled,0,Absent,Excused"));
        await (await instructor.GetAsync($"/api/enrollment/offerings/{offeringId}/attendance.csv")).AssertProblemAsync(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Bad_attendance_gets_400_naming_the_line_and_unknown_sessions_404()
    {
        var coordinator = await factory.CreateClientForAsync("coordinator@demo.local");
        var (offeringId, sessions) = await OfferingWithSessionsAsync(coordinator, sessionCount: 1, minimumAttendance: 80);
        var enrolled = await EnrolAsync(offeringId);

        var bad = await coordinator.PutAsJsonAsync($"/api/enrollment/sessions/{sessions[0]}/attendance", Records((Guid.NewGuid(), "Present"), (enrolled, "Sleeping")));
        var empty = await coordinator.PutAsJsonAsync($"/api/enrollment/sessions/{sessions[0]}/attendance", new { records = Array.Empty<object>() });
        var unknown = await coordinator.PutAsJsonAsync($"/api/enrollment/sessions/{Guid.NewGuid()}/attendance", Records((enrolled, "Present")));

        await bad.AssertValidationProblemAsync("records[0].enrollmentId", "records[1].status");
        await empty.AssertValidationProblemAsync("records");
        await unknown.AssertProblemAsync(HttpStatusCode.NotFound);
        Assert.Equal(0, await factory.WithScopeAsync<EnrollmentDbContext, int>(db => db.Attendance.CountAsync(a => a.SessionId == sessions[0])));
    }

    [Fact]
    public async Task Participants_see_their_own_attendance_and_not_anyone_elses()
    {
        var coordinator = await factory.CreateClientForAsync("coordinator@demo.local");
        var (offeringId, sessions) = await OfferingWithSessionsAsync(coordinator, sessionCount: 2, minimumAttendance: 100);
        var participantId = Guid.NewGuid();
        var participant = factory.CreateClientForUser(participantId);
        var enrollmentId = (await CoursesApi.JsonAsync(await participant.PostAsJsonAsync($"/api/enrollment/offerings/{offeringId}/enrollments", new { }))).GetProperty("id").GetGuid();
        await coordinator.PutAsJsonAsync($"/api/enrollment/sessions/{sessions[0]}/attendance", Records((enrollmentId, "Present")));

        var mine = await CoursesApi.JsonAsync(await participant.GetAsync($"/api/enrollment/enrollments/{enrollmentId}/attendance"));
        var someoneElse = await factory.CreateClientForUser(Guid.NewGuid()).GetAsync($"/api/enrollment/enrollments/{enrollmentId}/attendance");

        Assert.Equal(100, mine.GetProperty("attendancePercent").GetInt32());
        Assert.Equal(2, mine.GetProperty("sessions").GetArrayLength());
        Assert.Equal("Present", mine.GetProperty("sessions")[0].GetProperty("status").GetString());
        await someoneElse.AssertProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_passed_required_assessment_completes_the_participant_even_when_the_event_comes_twice()
    {
        var coordinator = await factory.CreateClientForAsync("coordinator@demo.local");
        var (offeringId, sessions) = await OfferingWithSessionsAsync(coordinator, sessionCount: 1, minimumAttendance: 100);
        var assessmentId = Guid.NewGuid();
        var courseId = await factory.WithScopeAsync<CoursesDbContext, Guid>(db => db.Offerings.Where(o => o.Id == offeringId).Select(o => o.CourseId).SingleAsync());
        await factory.WithScopeAsync<HealthAiAcademy.Assessment.Data.AssessmentDbContext>(async db =>
        {
            // The completion rule is Assessment's to keep (Enrollment asks it), so it is set there.
            db.Assessments.Add(new HealthAiAcademy.Assessment.Domain.AssessmentDefinition(
                assessmentId, offeringId, courseId, HealthAiAcademy.Assessment.Contracts.AssessmentKind.Assignment, Guid.NewGuid(), DateTime.UtcNow,
                new HealthAiAcademy.Assessment.Domain.AssessmentSettings { Title = "Required essay" },
                HealthAiAcademy.Assessment.Domain.AssessmentScoring.Points(10), requiredForCompletion: true));
            await db.SaveChangesAsync();
        });
        var userId = Guid.NewGuid();
        var enrollmentId = (await CoursesApi.JsonAsync(await factory.CreateClientForUser(userId).PostAsJsonAsync($"/api/enrollment/offerings/{offeringId}/enrollments", new { }))).GetProperty("id").GetGuid();
        await coordinator.PutAsJsonAsync($"/api/enrollment/sessions/{sessions[0]}/attendance", Records((enrollmentId, "Present")));
        var beforePassing = await StatusAsync(enrollmentId);

        var passed = new AssessmentPassedIntegrationEvent { OccurredAtUtc = DateTime.UtcNow, AssessmentId = assessmentId, OfferingId = offeringId, UserId = userId };
        var dispatcher = factory.Services.GetRequiredService<OutboxDispatcher>();
        await dispatcher.PublishAsync(passed, CancellationToken.None);
        await dispatcher.PublishAsync(passed, CancellationToken.None);

        Assert.Equal("Enrolled", beforePassing);
        Assert.Equal("Completed", await StatusAsync(enrollmentId));
        Assert.Equal(1, await factory.WithScopeAsync<EnrollmentDbContext, int>(db => db.PassedAssessments.CountAsync(p => p.UserId == userId)));
        Assert.Equal(1, await factory.WithScopeAsync<EnrollmentDbContext, int>(db =>
            db.OutboxMessages.CountAsync(m => m.Type.Contains("EnrollmentCompletedIntegrationEvent") && m.Payload.Contains(enrollmentId.ToString()))));
    }

    private async Task<(Guid OfferingId, List<Guid> Sessions)> OfferingWithSessionsAsync(HttpClient coordinator, int sessionCount, int minimumAttendance)
    {
        var offeringId = await CoursesApi.CreateOfferingAsync(coordinator, await CoursesApi.CreateCourseAsync(coordinator), body =>
        {
            body["enrollmentPolicy"] = "Open";
            body["minimumAttendancePercent"] = minimumAttendance;
            CoursesApi.UnderWay(body);
        });
        var sessions = new List<Guid>();
        for (var day = 1; day <= sessionCount; day++)
        {
            var session = await coordinator.PostAsJsonAsync($"/api/courses/offerings/{offeringId}/sessions", new { startsAt = CoursesApi.UnderWaySession(day - 1), durationMinutes = 60, topic = $"Day {day}" });
            sessions.Add((await CoursesApi.JsonAsync(session)).GetProperty("id").GetGuid());
        }

        await coordinator.PostAsync($"/api/courses/offerings/{offeringId}/publish", null);
        return (offeringId, sessions);
    }

    private async Task<Guid> EnrolAsync(Guid offeringId) =>
        (await CoursesApi.JsonAsync(await factory.CreateClientForUser(Guid.NewGuid()).PostAsJsonAsync($"/api/enrollment/offerings/{offeringId}/enrollments", new { })))
            .GetProperty("id").GetGuid();

    private Task<string> StatusAsync(Guid enrollmentId) =>
        factory.WithScopeAsync<EnrollmentDbContext, string>(async db =>
            (await db.Enrollments.AsNoTracking().SingleAsync(e => e.Id == enrollmentId)).Status.ToString());

    private static object Records(params (Guid EnrollmentId, string Status)[] records) =>
        new { records = records.Select(r => new { enrollmentId = r.EnrollmentId, status = r.Status }) };
}

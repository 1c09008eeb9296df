using System.Net.Http.Json;
using HealthAiAcademy.Certification.Data;
using HealthAiAcademy.Courses.Data;
using HealthAiAcademy.Enrollment.Data;
using HealthAiAcademy.IntegrationTests.Courses;
using HealthAiAcademy.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace HealthAiAcademy.IntegrationTests.Certification;

/// <summary>Across all four modules: a required quiz is a completion rule, and passing it after full attendance earns the certificate.</summary>
public sealed class LearningPathTests(AcademyFactory factory) : IClassFixture<AcademyFactory>
{
    [Fact]
    public async Task Attendance_alone_does_not_complete_when_a_required_quiz_is_not_passed_and_passing_it_issues_the_certificate()
    {
        var coordinator = await factory.CreateClientForAsync("coordinator@demo.local");
        var instructor = await factory.CreateClientForAsync("instructor@demo.local");
        var participant = await factory.CreateClientForAsync("participant@demo.local");
        var offeringId = await CoursesApi.CreateOfferingAsync(coordinator, await CoursesApi.CreateCourseAsync(coordinator, [await CoursesApi.UserIdAsync(instructor)]), body =>
        {
            body["kind"] = "ClinicianCourse";
            body["enrollmentPolicy"] = "Open";
            body["minimumAttendancePercent"] = 100;
            CoursesApi.UnderWay(body);
        });
        var sessionId = (await CoursesApi.JsonAsync(await coordinator.PostAsJsonAsync($"/api/courses/offerings/{offeringId}/sessions",
            new { startsAt = CoursesApi.UnderWaySession(), durationMinutes = 120, topic = "Bias in triage models" }))).GetProperty("id").GetGuid();
        await CoursesApi.DeclareForFacultyAsync(coordinator, offeringId);
        await coordinator.PostAsync($"/api/courses/offerings/{offeringId}/publish", null);
        var enrollmentId = (await CoursesApi.JsonAsync(await participant.PostAsJsonAsync($"/api/enrollment/offerings/{offeringId}/enrollments", new { }))).GetProperty("id").GetGuid();

        var questionId = (await CoursesApi.JsonAsync(await instructor.PostAsJsonAsync($"/api/assessment/offerings/{offeringId}/questions",
            new { type = "TrueFalse", prompt = "A model validated in one hospital works everywhere.", points = 1, correctBoolean = false }))).GetProperty("id").GetGuid();
        var quizId = (await CoursesApi.JsonAsync(await instructor.PostAsJsonAsync($"/api/assessment/offerings/{offeringId}/assessments",
            new { title = "Final check", kind = "Quiz", questionIds = new[] { questionId }, passMarkPercent = 100, maxAttempts = 2, requiredForCompletion = true }))).GetProperty("id").GetGuid();
        await Eventually.TrueAsync(() => factory.WithScopeAsync<CoursesDbContext, bool>(async db =>
            (await db.Offerings.AsNoTracking().SingleAsync(o => o.Id == offeringId)).RequiredAssessmentIds.Contains(quizId)), "Courses recorded the completion rule");

        await coordinator.PutAsJsonAsync($"/api/enrollment/sessions/{sessionId}/attendance", new { records = new[] { new { enrollmentId, status = "Present" } } });
        var afterAttendance = await StatusAsync(enrollmentId);
        var failed = await TakeQuizAsync(participant, quizId, questionId, answer: true);
        var afterFailing = await StatusAsync(enrollmentId);
        var passed = await TakeQuizAsync(participant, quizId, questionId, answer: false);

        Assert.Equal("Enrolled", afterAttendance);
        Assert.Equal(0, failed);
        Assert.Equal("Enrolled", afterFailing);
        Assert.Equal(100, passed);
        await Eventually.TrueAsync(async () => await StatusAsync(enrollmentId) == "Completed", () => $"the pass completed the enrollment; jobs: {factory.JobStatistics()}");
        await CompletedOffering.WaitForCertificatesAsync(factory, offeringId, 1);
        Assert.Equal("Łukasz Şahin-de Vries", await factory.WithScopeAsync<CertificationDbContext, string>(db =>
            db.Certificates.Where(c => c.EnrollmentId == enrollmentId).Select(c => c.HolderName).SingleAsync()));
    }

    private static async Task<double> TakeQuizAsync(HttpClient participant, Guid quizId, Guid questionId, bool answer)
    {
        var attempt = await CoursesApi.JsonAsync(await participant.PostAsync($"/api/assessment/assessments/{quizId}/attempts", null));
        var result = await CoursesApi.JsonAsync(await participant.PostAsJsonAsync($"/api/assessment/attempts/{attempt.GetProperty("id").GetGuid()}/submit",
            new { answers = new[] { new { questionId, boolean = answer } } }));
        return result.GetProperty("result").GetProperty("scorePercent").GetDouble();
    }

    private Task<string> StatusAsync(Guid enrollmentId) =>
        factory.WithScopeAsync<EnrollmentDbContext, string>(async db => (await db.Enrollments.AsNoTracking().SingleAsync(e => e.Id == enrollmentId)).Status.ToString());
}

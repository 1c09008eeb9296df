using System.Net.Http.Json;
using HealthAiAcademy.Certification.Data;
using HealthAiAcademy.IntegrationTests.Courses;
using HealthAiAcademy.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace HealthAiAcademy.IntegrationTests.Certification;

/// <summary>An accredited clinician course (a new one, or the one given) with one session, completed through the API by the participants given.</summary>
internal static class CompletedOffering
{
    public static async Task<Guid> CreateAsync(AcademyFactory factory, IReadOnlyList<HttpClient> participants, Guid? courseId = null)
    {
        var coordinator = await factory.CreateClientForAsync("coordinator@demo.local");
        var offeringId = await CoursesApi.CreateOfferingAsync(coordinator, courseId ?? await CoursesApi.CreateCourseAsync(coordinator), body =>
        {
            body["kind"] = "ClinicianCourse";
            body["enrollmentPolicy"] = "Open";
            body["minimumAttendancePercent"] = 100;
            body["capacity"] = 2000;
            CoursesApi.UnderWay(body);
        });
        var session = await CoursesApi.JsonAsync(await coordinator.PostAsJsonAsync($"/api/courses/offerings/{offeringId}/sessions",
            new { startsAt = CoursesApi.UnderWaySession(), durationMinutes = 240, topic = "Validation in practice" }));
        (await coordinator.PostAsync($"/api/courses/offerings/{offeringId}/publish", null)).EnsureSuccessStatusCode();
        var enrollments = new List<Guid>();
        foreach (var participant in participants)
        {
            enrollments.Add((await CoursesApi.JsonAsync(await participant.PostAsJsonAsync($"/api/enrollment/offerings/{offeringId}/enrollments", new { }))).GetProperty("id").GetGuid());
        }

        var attendance = await coordinator.PutAsJsonAsync($"/api/enrollment/sessions/{session.GetProperty("id").GetGuid()}/attendance",
            new { records = enrollments.Select(id => new { enrollmentId = id, status = "Present" }) });
        attendance.EnsureSuccessStatusCode();
        return offeringId;
    }

    public static Task WaitForCertificatesAsync(AcademyFactory factory, Guid offeringId, int count) =>
        Eventually.TrueAsync(
            async () => await factory.WithScopeAsync<CertificationDbContext, int>(db => db.Certificates.CountAsync(c => c.OfferingId == offeringId)) >= count,
            () => $"{count} certificate(s) issued; jobs: {factory.JobStatistics()}");
}

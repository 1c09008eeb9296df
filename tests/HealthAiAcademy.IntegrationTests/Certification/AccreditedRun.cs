using System.Net.Http.Json;
using HealthAiAcademy.IntegrationTests.Courses;
using HealthAiAcademy.Tests.Support;

namespace HealthAiAcademy.IntegrationTests.Certification;

/// <summary>An accredited clinician course under way with one four-hour session that took place, and the professionals who attend it.</summary>
internal static class AccreditedRun
{
    public static async Task<(Guid OfferingId, Guid SessionId)> CreateAsync(HttpClient coordinator, IReadOnlyList<object> accreditations, int minimumAttendancePercent = 100)
    {
        var course = await CoursesApi.JsonAsync(await coordinator.PostAsJsonAsync("/api/courses/courses", new
        {
            code = "AR" + Guid.NewGuid().ToString("N")[..8].ToUpperInvariant(), title = "Accredited AI", summary = "For registered professionals.", language = "en",
            studyLoadHours = 4, accreditations,
        }));
        var offeringId = await CoursesApi.CreateOfferingAsync(coordinator, course.GetProperty("id").GetGuid(), body =>
        {
            body["kind"] = "ClinicianCourse";
            body["enrollmentPolicy"] = "Open";
            body["minimumAttendancePercent"] = minimumAttendancePercent;
            CoursesApi.UnderWay(body);
        });
        var session = await CoursesApi.JsonAsync(await coordinator.PostAsJsonAsync($"/api/courses/offerings/{offeringId}/sessions",
            new { startsAt = CoursesApi.UnderWaySession(), durationMinutes = 240, topic = "The session" }));
        (await coordinator.PostAsync($"/api/courses/offerings/{offeringId}/publish", null)).EnsureSuccessStatusCode();
        return (offeringId, session.GetProperty("id").GetGuid());
    }

    /// <summary>A newly registered person with that profession and number, signed in.</summary>
    public static async Task<(string Email, HttpClient Client)> PersonAsync(
        AcademyFactory factory, string name, string profession, string? registrationNumber, string password = "Accredited-Run-2026")
    {
        var email = $"{Guid.NewGuid():N}@umc.example";
        (await factory.CreateClient().PostAsJsonAsync("/api/auth/register", new { email, password, fullName = name, profession, registrationNumber })).EnsureSuccessStatusCode();
        return (email, await factory.CreateClientForAsync(email, password));
    }

    public static async Task<Guid> EnrolAsync(HttpClient person, Guid offeringId) =>
        (await CoursesApi.JsonAsync(await person.PostAsJsonAsync($"/api/enrollment/offerings/{offeringId}/enrollments", new { }))).GetProperty("id").GetGuid();

    public static async Task AttendanceAsync(HttpClient coordinator, Guid sessionId, params (Guid EnrollmentId, string Status)[] records) =>
        (await coordinator.PutAsJsonAsync($"/api/enrollment/sessions/{sessionId}/attendance",
            new { records = records.Select(r => new { enrollmentId = r.EnrollmentId, status = r.Status }) })).EnsureSuccessStatusCode();
}

using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace HealthAiAcademy.IntegrationTests.Courses;

/// <summary>Sets up courses and offerings through the API, as a coordinator would.</summary>
internal static class CoursesApi
{
    public static object Course(string? code = null, IReadOnlyList<Guid>? instructorIds = null) => new
    {
        code = code ?? "C" + Guid.NewGuid().ToString("N")[..8].ToUpperInvariant(),
        title = "Data Science and AI in Health",
        summary = "The yearly summer school.",
        description = "Five **days** of AI. <script>alert('x')</script>",
        language = "en",
        studyLoadHours = 40,
        learningObjectives = new[] { "Train a model", "Deploy it responsibly" },
        audiences = new[] { "Researchers", "Students" },
        topics = new[] { "ML fundamentals", "LLMs" },
        instructorIds = instructorIds ?? [],
        accreditations = new[] { new { registry = "GAIA/KNMG", accreditationId = "A-1", points = 8.5, profession = "Medical specialists" } },
        certificateValidityMonths = 24,
    };

    /// <summary>A summer school in July 2030 (Amsterdam time), enrolment open now.</summary>
    public static Dictionary<string, object?> Offering(Guid courseId, int? capacity = 60) => new()
    {
        ["courseId"] = courseId,
        ["kind"] = "SummerSchool",
        ["cohortLabel"] = "2030",
        ["startsAt"] = "2030-07-01T08:00",
        ["endsAt"] = "2030-07-05T18:00",
        ["enrollmentOpensAt"] = "2020-01-01T00:00",
        ["enrollmentClosesAt"] = "2030-06-01T00:00",
        ["cancellationDeadline"] = "2030-06-15T00:00",
        ["capacity"] = capacity,
        ["enrollmentPolicy"] = "Application",
        ["delivery"] = "InPerson",
        ["location"] = "Main auditorium",
        ["minimumAttendancePercent"] = 80,
    };

    /// <summary>
    /// Makes the offering one that is under way: it began three days ago at 08:00 UTC (still ending in July 2030), so
    /// attendance can be taken for sessions at <see cref="UnderWaySession"/>.
    /// </summary>
    public static void UnderWay(Dictionary<string, object?> body)
    {
        body["startsAt"] = Utc(StartOfRun);
        body["cancellationDeadline"] = Utc(StartOfRun.AddDays(-1));
    }

    /// <summary>The start of an offering's <paramref name="index"/>-th session (from 0) that took place, an hour apart on its first day.</summary>
    public static string UnderWaySession(int index = 0) => Utc(StartOfRun.AddHours(1 + index));

    private static DateTime StartOfRun => DateTime.UtcNow.Date.AddDays(-3).AddHours(8);

    private static string Utc(DateTime value) => value.ToString("yyyy-MM-ddTHH:mm:ss'Z'", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Each instructor of the run not yet declared gets "nothing to disclose", recorded by the coordinator: an accredited run publishes only then.</summary>
    public static async Task DeclareForFacultyAsync(HttpClient coordinator, Guid offeringId)
    {
        var disclosures = await JsonAsync(await coordinator.GetAsync($"/api/courses/offerings/{offeringId}/disclosures"));
        foreach (var instructor in disclosures.GetProperty("faculty").EnumerateArray().Where(f => !f.GetProperty("declared").GetBoolean()))
        {
            (await coordinator.PutAsJsonAsync($"/api/courses/offerings/{offeringId}/disclosures/{instructor.GetProperty("instructorId").GetGuid()}",
                new { nothingToDisclose = true })).EnsureSuccessStatusCode();
        }
    }

    public static async Task<Guid> CreateCourseAsync(HttpClient coordinator, IReadOnlyList<Guid>? instructorIds = null)
    {
        var response = await coordinator.PostAsJsonAsync("/api/courses/courses", Course(instructorIds: instructorIds));
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await JsonAsync(response)).GetProperty("id").GetGuid();
    }

    public static async Task<Guid> CreateOfferingAsync(HttpClient coordinator, Guid courseId, Action<Dictionary<string, object?>>? change = null)
    {
        var body = Offering(courseId);
        change?.Invoke(body);
        var response = await coordinator.PostAsJsonAsync("/api/courses/offerings", body);
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (await JsonAsync(response)).GetProperty("id").GetGuid();
    }

    public static async Task<JsonElement> JsonAsync(HttpResponseMessage response) =>
        JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();

    public static async Task<Guid> UserIdAsync(HttpClient client) =>
        (await JsonAsync(await client.GetAsync("/api/auth/me"))).GetProperty("id").GetGuid();
}

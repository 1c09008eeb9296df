using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using HealthAiAcademy.Enrollment.Features.SendReminders;
using HealthAiAcademy.IntegrationTests.Certification;
using HealthAiAcademy.IntegrationTests.Courses;
using HealthAiAcademy.Tests.Support;

namespace HealthAiAcademy.IntegrationTests.Enrollment;

/// <summary>Issue 15, item 5: course evaluations, answered once and anonymously, optionally before the certificate.</summary>
public sealed class EvaluationTests(AcademyFactory factory) : IClassFixture<AcademyFactory>
{
    private const string Password = "Evaluation-Test-2026";

    [Fact]
    public async Task A_required_evaluation_holds_completion_and_the_certificate_until_answered_once()
    {
        var coordinator = await factory.CreateClientForAsync("coordinator@demo.local");
        var (offeringId, sessionId) = await OfferingAsync(coordinator);
        var evaluation = await CoursesApi.JsonAsync(await coordinator.PutAsJsonAsync($"/api/enrollment/offerings/{offeringId}/evaluation",
            new { useStandardTemplate = true, requiredForCertificate = true }));
        Assert.Equal(8, evaluation.GetProperty("items").GetArrayLength());
        var (done, doneEnrollment) = await ParticipantAsync(offeringId);
        var (absent, absentEnrollment) = await ParticipantAsync(offeringId);
        await AttendanceAsync(coordinator, sessionId, (doneEnrollment, "Present"), (absentEnrollment, "Absent"));

        var form = await CoursesApi.JsonAsync(await done.GetAsync($"/api/enrollment/me/offerings/{offeringId}/evaluation"));
        Assert.True(form.GetProperty("mayAnswer").GetBoolean());
        Assert.True(form.GetProperty("certificateWaits").GetBoolean());
        Assert.Equal("Enrolled", (await CoursesApi.JsonAsync(await done.GetAsync($"/api/enrollment/enrollments/{doneEnrollment}"))).GetProperty("status").GetString());
        Assert.DoesNotContain((await CoursesApi.JsonAsync(await done.GetAsync("/api/certification/me/certificates"))).EnumerateArray(),
            c => c.GetProperty("offeringId").GetGuid() == offeringId);
        Assert.Contains("Evaluations to answer", await (await factory.CreateCookieClientForAsync(await EmailOfAsync(done), password: Password)).GetStringAsync("/learning"));

        var items = form.GetProperty("items").EnumerateArray().ToList();
        var incomplete = await done.PostAsJsonAsync($"/api/enrollment/me/offerings/{offeringId}/evaluation",
            new { answers = new[] { new { itemId = items[1].GetProperty("id").GetGuid(), score = (int?)4, text = (string?)null } } });
        await incomplete.AssertValidationProblemAsync("answers[0]");
        var outOfRange = await done.PostAsJsonAsync($"/api/enrollment/me/offerings/{offeringId}/evaluation", Answers(items, score: 9));
        await outOfRange.AssertValidationProblemAsync("answers[0]");

        var answered = await CoursesApi.JsonAsync(await done.PostAsJsonAsync($"/api/enrollment/me/offerings/{offeringId}/evaluation", Answers(items, score: 4)));
        Assert.True(answered.GetProperty("completed").GetBoolean());
        await CompletedOffering.WaitForCertificatesAsync(factory, offeringId, 1);
        var twice = await done.PostAsJsonAsync($"/api/enrollment/me/offerings/{offeringId}/evaluation", Answers(items, score: 2));
        await twice.AssertProblemAsync(HttpStatusCode.Conflict);
        var notCompleted = await absent.PostAsJsonAsync($"/api/enrollment/me/offerings/{offeringId}/evaluation", Answers(items, score: 3));
        Assert.Contains("once you have completed", (await notCompleted.AssertProblemAsync(HttpStatusCode.Conflict)).GetProperty("detail").GetString());
        var changed = await coordinator.PutAsJsonAsync($"/api/enrollment/offerings/{offeringId}/evaluation",
            new { items = new[] { new { kind = "Open", text = "Anything else?" } } });
        await changed.AssertProblemAsync(HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task The_report_shows_distributions_and_open_answers_from_three_answers_on_and_names_nobody()
    {
        var coordinator = await factory.CreateClientForAsync("coordinator@demo.local");
        var (offeringId, sessionId) = await OfferingAsync(coordinator);
        await coordinator.PutAsJsonAsync($"/api/enrollment/offerings/{offeringId}/evaluation", new
        {
            items = new object[] { new { kind = "Likert", text = "Relevant to my practice." }, new { kind = "Open", text = "What will you apply?" } },
        });
        var people = new List<(HttpClient Client, Guid Enrollment)>();
        for (var i = 0; i < 3; i++)
        {
            people.Add(await ParticipantAsync(offeringId));
        }

        await AttendanceAsync(coordinator, sessionId, [.. people.Select(p => (p.Enrollment, "Present"))]);
        var items = (await CoursesApi.JsonAsync(await people[0].Client.GetAsync($"/api/enrollment/me/offerings/{offeringId}/evaluation"))).GetProperty("items").EnumerateArray().ToList();
        foreach (var (person, score) in people.Take(2).Zip(new[] { 5, 3 }))
        {
            (await person.Client.PostAsJsonAsync($"/api/enrollment/me/offerings/{offeringId}/evaluation", Answers(items, score, $"Check calibration ({score})"))).EnsureSuccessStatusCode();
        }

        var withheld = await CoursesApi.JsonAsync(await coordinator.GetAsync($"/api/enrollment/offerings/{offeringId}/evaluation/report"));
        Assert.True(withheld.GetProperty("withheld").GetBoolean());
        Assert.Equal(0, withheld.GetProperty("items")[0].GetProperty("counts").GetArrayLength());
        (await people[2].Client.PostAsJsonAsync($"/api/enrollment/me/offerings/{offeringId}/evaluation", Answers(items, 5, null))).EnsureSuccessStatusCode();

        var report = await CoursesApi.JsonAsync(await coordinator.GetAsync($"/api/enrollment/offerings/{offeringId}/evaluation/report"));
        Assert.Equal((3, 3, 100, false), (report.GetProperty("invited").GetInt32(), report.GetProperty("responses").GetInt32(),
            report.GetProperty("responseRatePercent").GetInt32(), report.GetProperty("withheld").GetBoolean()));
        Assert.Equal([0, 0, 1, 0, 2], report.GetProperty("items")[0].GetProperty("counts").EnumerateArray().Select(c => c.GetInt32()));
        Assert.Equal(4.3, report.GetProperty("items")[0].GetProperty("mean").GetDouble());
        Assert.Equal(["Check calibration (3)", "Check calibration (5)"], report.GetProperty("items")[1].GetProperty("openAnswers").EnumerateArray().Select(a => a.GetString()));
        var raw = report.GetRawText();
        foreach (var (client, enrollment) in people)
        {
            Assert.DoesNotContain(enrollment.ToString(), raw);
            Assert.DoesNotContain((await CoursesApi.JsonAsync(await client.GetAsync("/api/auth/me"))).GetProperty("id").GetString()!, raw);
        }

        var csv = Encoding.UTF8.GetString(await coordinator.GetByteArrayAsync($"/api/enrollment/offerings/{offeringId}/evaluation/report.csv"));
        Assert.Contains("Relevant to my practice.,Likert,0,0,1,0,2,4.3,", csv);
        Assert.Contains("What will you apply?,Open,,,,,,,Check calibration (3)", csv);
        var page = await (await factory.CreateCookieClientForAsync("coordinator@demo.local")).GetStringAsync($"/manage/offerings/{offeringId}/evaluation");
        Assert.Contains("data-testid=\"distribution-chart\"", page);
        Assert.Contains("3 of 3 participant(s) answered (100%).", page);
    }

    [Fact]
    public async Task Participants_who_may_answer_are_invited_once_after_the_last_session_and_lifting_the_requirement_completes_those_waiting()
    {
        var coordinator = await factory.CreateClientForAsync("coordinator@demo.local");
        var (offeringId, sessionId) = await OfferingAsync(coordinator);
        await coordinator.PutAsJsonAsync($"/api/enrollment/offerings/{offeringId}/evaluation", new { requiredForCertificate = true });
        var (waiting, waitingEnrollment) = await ParticipantAsync(offeringId);
        var (absent, absentEnrollment) = await ParticipantAsync(offeringId);
        await AttendanceAsync(coordinator, sessionId, (waitingEnrollment, "Present"), (absentEnrollment, "Absent"));

        await factory.WithScopeAsync<ReminderSweep, int>(sweep => sweep.RunAsync(CancellationToken.None));
        await factory.WithScopeAsync<ReminderSweep, int>(sweep => sweep.RunAsync(CancellationToken.None));
        // A sweep the host started itself may have claimed the invitation and still be sending it.
        var invitations = 0;
        await Eventually.TrueAsync(async () =>
        {
            invitations = (await CoursesApi.JsonAsync(await waiting.GetAsync("/api/enrollment/me/notifications"))).EnumerateArray()
                .Count(n => n.GetProperty("link").GetString() == $"/learning/offerings/{offeringId}/evaluation");
            return invitations > 0;
        }, "the invitation was delivered");
        Assert.Equal(1, invitations);
        Assert.DoesNotContain($"/learning/offerings/{offeringId}/evaluation", (await CoursesApi.JsonAsync(await absent.GetAsync("/api/enrollment/me/notifications"))).GetRawText());

        (await coordinator.PutAsJsonAsync($"/api/enrollment/offerings/{offeringId}/evaluation", new { requiredForCertificate = false })).EnsureSuccessStatusCode();
        Assert.Equal("Completed", (await CoursesApi.JsonAsync(await waiting.GetAsync($"/api/enrollment/enrollments/{waitingEnrollment}"))).GetProperty("status").GetString());
        await CompletedOffering.WaitForCertificatesAsync(factory, offeringId, 1);
    }

    private static object Answers(IReadOnlyList<JsonElement> items, int score, string? text = "Useful.") => new
    {
        answers = items.Select(i => new
        {
            itemId = i.GetProperty("id").GetGuid(),
            score = i.GetProperty("kind").GetString() == "Likert" ? (int?)score : null,
            text = i.GetProperty("kind").GetString() == "Open" ? text : null,
        }),
    };

    private static async Task<(Guid OfferingId, Guid SessionId)> OfferingAsync(HttpClient coordinator)
    {
        var offeringId = await CoursesApi.CreateOfferingAsync(coordinator, await CoursesApi.CreateCourseAsync(coordinator), body =>
        {
            body["enrollmentPolicy"] = "Open";
            body["minimumAttendancePercent"] = 100;
            CoursesApi.UnderWay(body);
        });
        var session = await CoursesApi.JsonAsync(await coordinator.PostAsJsonAsync($"/api/courses/offerings/{offeringId}/sessions",
            new { startsAt = CoursesApi.UnderWaySession(), durationMinutes = 60, topic = "The only session" }));
        (await coordinator.PostAsync($"/api/courses/offerings/{offeringId}/publish", null)).EnsureSuccessStatusCode();
        return (offeringId, session.GetProperty("id").GetGuid());
    }

    private readonly Dictionary<HttpClient, string> emails = [];

    private async Task<(HttpClient Client, Guid EnrollmentId)> ParticipantAsync(Guid offeringId)
    {
        var email = $"{Guid.NewGuid():N}@umc.example";
        (await factory.CreateClient().PostAsJsonAsync("/api/auth/register", new { email, password = Password, fullName = "Eve Evaluator" })).EnsureSuccessStatusCode();
        var client = await factory.CreateClientForAsync(email, Password);
        emails[client] = email;
        var enrollment = await CoursesApi.JsonAsync(await client.PostAsJsonAsync($"/api/enrollment/offerings/{offeringId}/enrollments", new { }));
        return (client, enrollment.GetProperty("id").GetGuid());
    }

    private Task<string> EmailOfAsync(HttpClient client) => Task.FromResult(emails[client]);

    private static Task AttendanceAsync(HttpClient coordinator, Guid sessionId, params (Guid EnrollmentId, string Status)[] records) =>
        AccreditedRun.AttendanceAsync(coordinator, sessionId, records);
}

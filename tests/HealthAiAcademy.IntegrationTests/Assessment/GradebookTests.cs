using System.Net.Http.Json;
using HealthAiAcademy.Assessment.Contracts;
using HealthAiAcademy.Assessment.Data;
using HealthAiAcademy.IntegrationTests.Courses;
using HealthAiAcademy.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace HealthAiAcademy.IntegrationTests.Assessment;

public sealed class GradebookTests(AcademyFactory factory) : IClassFixture<AcademyFactory>
{
    [Fact]
    public async Task The_gradebook_weighs_results_states_pass_or_fail_with_statistics_and_exports_csv()
    {
        var scenario = await AssessmentScenario.CreateAsync(factory);
        var (multiple, numeric, text) = await QuizTests.QuestionsAsync(scenario);
        var quizId = (await scenario.CreateAssessmentAsync(new { title = "Quiz", kind = "Quiz", questionIds = new[] { multiple, numeric, text }, weight = 1, passMarkPercent = 50 })).GetProperty("id").GetGuid();
        var essayId = (await scenario.CreateAssessmentAsync(new { title = "=Essay", kind = "Assignment", weight = 3, maxPoints = 10, passMarkPercent = 50 })).GetProperty("id").GetGuid();
        var (strongId, strong) = await scenario.EnrolAsync();
        var (weakId, weak) = await scenario.EnrolAsync();
        var (absentId, _) = await scenario.EnrolAsync();

        await TakeQuizAsync(strong, quizId, new { questionId = text, text = "RF" }, new { questionId = numeric, number = 0.9 }, new { questionId = multiple, choices = new[] { 0, 1 } });
        await TakeQuizAsync(weak, quizId, new { questionId = text, text = "RF" });
        foreach (var (client, points) in new[] { (strong, 8), (weak, 3) })
        {
            var submissionId = (await CoursesApi.JsonAsync(await client.PostAsJsonAsync($"/api/assessment/assessments/{essayId}/submissions", new { text = "Essay" }))).GetProperty("id").GetGuid();
            await scenario.Instructor.PutAsJsonAsync($"/api/assessment/submissions/{submissionId}/grade", new { points });
        }

        await scenario.Instructor.PostAsync($"/api/assessment/assessments/{essayId}/release", null);
        var book = await CoursesApi.JsonAsync(await scenario.Instructor.GetAsync($"/api/assessment/offerings/{scenario.OfferingId}/gradebook"));
        var rows = book.GetProperty("rows").EnumerateArray().ToDictionary(r => r.GetProperty("userId").GetGuid());

        Assert.Equal(85, rows[strongId].GetProperty("finalPercent").GetDouble());      // (100 × 1 + 80 × 3) / 4
        Assert.True(rows[strongId].GetProperty("passed").GetBoolean());
        Assert.Equal(27.5, rows[weakId].GetProperty("finalPercent").GetDouble());      // (20 × 1 + 30 × 3) / 4
        Assert.False(rows[weakId].GetProperty("passed").GetBoolean());
        Assert.Equal(0, rows[absentId].GetProperty("finalPercent").GetDouble());
        Assert.Equal("Missing", rows[absentId].GetProperty("cells")[1].GetProperty("state").GetString());
        var statistics = book.GetProperty("statistics");
        Assert.Equal(37.5, statistics.GetProperty("mean").GetDouble());
        Assert.Equal(27.5, statistics.GetProperty("median").GetDouble());
        Assert.Equal(33.3, statistics.GetProperty("passRate").GetDouble());
        Assert.Equal([1, 0, 1, 0, 0, 0, 0, 0, 1, 0], statistics.GetProperty("distribution").EnumerateArray().Select(d => d.GetInt32()));

        var csv = await scenario.Instructor.GetStringAsync($"/api/assessment/offerings/{scenario.OfferingId}/gradebook?format=csv");
        var lines = csv.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Assert.Equal(4, lines.Length);
        Assert.Contains("'=Essay (weight 3)", lines[0]);
        Assert.Contains(lines, l => l.EndsWith(",80,100,85,Pass", StringComparison.Ordinal));

        var directory = factory.Services.CreateScope().ServiceProvider.GetRequiredService<IAssessmentDirectory>();
        var results = await directory.ResultsAsync(scenario.OfferingId, strongId, CancellationToken.None);
        Assert.Equal(85, results.WeightedScorePercent);
        Assert.Equal(2, results.Results.Count);
        var outstanding = await directory.OutstandingForParticipantAsync(absentId, [scenario.OfferingId], CancellationToken.None);
        Assert.Equal(2, outstanding.Count);
    }

    [Fact]
    public async Task A_gradebook_read_again_reuses_the_work_read_before_until_work_is_saved_on_any_host()
    {
        var scenario = await AssessmentScenario.CreateAsync(factory);
        var essayId = (await scenario.CreateAssessmentAsync(new { title = "Essay", kind = "Assignment", weight = 1, maxPoints = 10, passMarkPercent = 50 })).GetProperty("id").GetGuid();
        var (_, author) = await scenario.EnrolAsync();
        await scenario.EnrolAsync();
        var submissionId = (await CoursesApi.JsonAsync(await author.PostAsJsonAsync($"/api/assessment/assessments/{essayId}/submissions", new { text = "Essay" }))).GetProperty("id").GetGuid();
        var gradebook = $"/api/assessment/offerings/{scenario.OfferingId}/gradebook";

        // Every grade saved stamps the assessment anew: the next read reads the work again and shows the new score.
        foreach (var points in new[] { 4, 6, 8 })
        {
            (await scenario.Instructor.PutAsJsonAsync($"/api/assessment/submissions/{submissionId}/grade", new { points })).EnsureSuccessStatusCode();
            Assert.Equal([points * 10.0], Scores(await scenario.Instructor.GetStringAsync(gradebook)));
        }

        // Unchanged work is not read again: the attempts' and the hand-ins' queries are the two commands saved. (The stamp is
        // renewed directly here, as a save of work renews it, so no outbox delivery after a grade adds commands to the count.)
        var unchanged = await SqlCommandCounter.MinimumOverAsync(factory, 3, () => scenario.Instructor.GetAsync(gradebook));
        var afterSaving = int.MaxValue;
        for (var i = 0; i < 3; i++)
        {
            await factory.WithScopeAsync<AssessmentDbContext>(async db =>
            {
                (await db.Assessments.SingleAsync(a => a.Id == essayId)).WorkChanged();
                await db.SaveChangesAsync();
            });
            afterSaving = Math.Min(afterSaving, (await SqlCommandCounter.CountAsync(factory, () => scenario.Instructor.GetAsync(gradebook))).Commands);
        }

        Assert.InRange(unchanged, 3, 6);      // the offering, its assessments, participants and their profiles
        Assert.Equal(unchanged + 2, afterSaving);

        // A second host on the same data: a grade saved there is seen here at the next read, though nothing told this host.
        await using (var otherHost = AcademyFactory.Create(factory.DataDirectory, null))
        {
            var instructorThere = await otherHost.CreateClientForAsync("instructor@demo.local");
            Assert.Equal([80.0], Scores(await instructorThere.GetStringAsync(gradebook)));
            (await instructorThere.PutAsJsonAsync($"/api/assessment/submissions/{submissionId}/grade", new { points = 9 })).EnsureSuccessStatusCode();
        }

        Assert.Equal([90.0], Scores(await scenario.Instructor.GetStringAsync(gradebook)));
    }

    [Fact]
    public async Task Handing_in_a_quiz_attempt_renews_its_results_stamp_and_starting_one_does_not()
    {
        var scenario = await AssessmentScenario.CreateAsync(factory);
        var (multiple, _, _) = await QuizTests.QuestionsAsync(scenario);
        var quizId = (await scenario.CreateAssessmentAsync(new { title = "Quiz", kind = "Quiz", questionIds = new[] { multiple } })).GetProperty("id").GetGuid();
        var (_, participant) = await scenario.EnrolAsync();
        Task<Guid> StampAsync() => factory.WithScopeAsync<AssessmentDbContext, Guid>(db => db.Assessments.Where(a => a.Id == quizId).Select(a => a.ResultsStamp).SingleAsync());

        var beforeStart = await StampAsync();
        var attempt = await CoursesApi.JsonAsync(await participant.PostAsync($"/api/assessment/assessments/{quizId}/attempts", null));
        var afterStart = await StampAsync();
        (await participant.PostAsJsonAsync($"/api/assessment/attempts/{attempt.GetProperty("id").GetGuid()}/submit", new { answers = new[] { new { questionId = multiple, choices = new[] { 0 } } } })).EnsureSuccessStatusCode();

        Assert.Equal(beforeStart, afterStart);
        Assert.NotEqual(afterStart, await StampAsync());
    }

    [Fact]
    public async Task The_gradebook_page_shows_fifty_participants_a_page_with_statistics_over_all_of_them()
    {
        var scenario = await AssessmentScenario.CreateAsync(factory);
        await scenario.CreateAssessmentAsync(new { title = "Essay", kind = "Assignment", weight = 1, maxPoints = 10, passMarkPercent = 50 });
        foreach (var _ in Enumerable.Range(0, 52))
        {
            await scenario.EnrolAsync();
        }

        var coordinator = await factory.CreateCookieClientForAsync("coordinator@demo.local");
        var page = $"/manage/offerings/{scenario.OfferingId}/gradebook";
        var first = await coordinator.GetStringAsync(page);
        var second = await coordinator.GetStringAsync($"{page}?page=2");
        var beyond = await coordinator.GetStringAsync($"{page}?page=9");

        // Accounts made only for the test have no profile, so each row is named "(unknown user)".
        Assert.Equal(50, Occurrences(first, "(unknown user)"));
        Assert.Contains("Participants 1–50 of 52", first);
        Assert.Contains($"href=\"{page}?page=2\" rel=\"next\"", first);
        Assert.DoesNotContain("rel=\"prev\"", first);
        Assert.Equal(2, Occurrences(second, "(unknown user)"));
        Assert.Contains("Participants 51–52 of 52", second);
        Assert.Contains($"href=\"{page}?page=1\" rel=\"prev\"", second);
        Assert.Contains("Participants 51–52 of 52", beyond);     // a page beyond the last shows the last
        Assert.All(new[] { first, second }, html => Assert.Contains("<dt>Participants</dt><dd>52</dd>", html));
    }

    private static int Occurrences(string text, string part) => (text.Length - text.Replace(part, string.Empty, StringComparison.Ordinal).Length) / part.Length;

    private static List<double> Scores(string gradebook) =>
        [.. System.Text.Json.JsonDocument.Parse(gradebook).RootElement.GetProperty("rows").EnumerateArray()
            .Select(row => row.GetProperty("cells")[0].GetProperty("scorePercent"))
            .Where(score => score.ValueKind == System.Text.Json.JsonValueKind.Number).Select(score => score.GetDouble())];

    private static async Task TakeQuizAsync(HttpClient participant, Guid quizId, params object[] answers)
    {
        var attempt = await CoursesApi.JsonAsync(await participant.PostAsync($"/api/assessment/assessments/{quizId}/attempts", null));
        (await participant.PostAsJsonAsync($"/api/assessment/attempts/{attempt.GetProperty("id").GetGuid()}/submit", new { answers })).EnsureSuccessStatusCode();
    }
}

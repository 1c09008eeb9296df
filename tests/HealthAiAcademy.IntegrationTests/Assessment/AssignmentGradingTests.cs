using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using HealthAiAcademy.Assessment.Data;
using HealthAiAcademy.IntegrationTests.Courses;
using HealthAiAcademy.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace HealthAiAcademy.IntegrationTests.Assessment;

public sealed class AssignmentGradingTests(AcademyFactory factory) : IClassFixture<AcademyFactory>
{
    [Fact]
    public async Task Blind_marking_hides_the_participant_until_release_and_grades_show_only_after_release()
    {
        var scenario = await AssessmentScenario.CreateAsync(factory);
        var assignment = await scenario.CreateRubricAssignmentAsync(blind: true);
        var assignmentId = assignment.GetProperty("id").GetGuid();
        var participant = await factory.CreateClientForAsync("participant@demo.local");
        await scenario.EnrolAsync(participant);
        var participantId = await CoursesApi.UserIdAsync(participant);

        var handIn = await participant.PostAsJsonAsync($"/api/assessment/assessments/{assignmentId}/submissions",
            new { text = "The model was not validated externally.", file = new { fileName = "appraisal.txt", content = Encoding.UTF8.GetBytes("My appraisal") } });
        Assert.Equal(HttpStatusCode.Created, handIn.StatusCode);
        var submissionId = (await CoursesApi.JsonAsync(handIn)).GetProperty("id").GetGuid();

        var queueText = await scenario.Instructor.GetStringAsync($"/api/assessment/grading-queue?offeringId={scenario.OfferingId}");
        var forMarkingText = await scenario.Instructor.GetStringAsync($"/api/assessment/submissions/{submissionId}");
        var queue = JsonDocument.Parse(queueText).RootElement;
        Assert.Equal(1, queue.GetProperty("total").GetInt32());
        Assert.StartsWith("Candidate ", queue.GetProperty("items")[0].GetProperty("participant").GetString());
        foreach (var text in new[] { queueText, forMarkingText })
        {
            Assert.DoesNotContain(participantId.ToString(), text, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("Şahin", text, StringComparison.OrdinalIgnoreCase);
        }

        var grade = await scenario.Instructor.PutAsJsonAsync($"/api/assessment/submissions/{submissionId}/grade", new
        {
            rubric = new[] { new { criterionId = AssessmentScenario.CriterionId(assignment, 0), levelIndex = 2 }, new { criterionId = AssessmentScenario.CriterionId(assignment, 1), levelIndex = 1 } },
            feedback = "Good on validation; analyse the bias further.",
        });
        Assert.Equal(HttpStatusCode.OK, grade.StatusCode);
        var beforeRelease = (await CoursesApi.JsonAsync(await participant.GetAsync($"/api/assessment/assessments/{assignmentId}"))).GetProperty("mine");
        Assert.Equal(JsonValueKind.Null, beforeRelease.GetProperty("scorePercent").ValueKind);
        Assert.Equal(JsonValueKind.Null, beforeRelease.GetProperty("feedback").ValueKind);

        var release = await CoursesApi.JsonAsync(await scenario.Instructor.PostAsync($"/api/assessment/assessments/{assignmentId}/release", null));
        var afterRelease = (await CoursesApi.JsonAsync(await participant.GetAsync($"/api/assessment/assessments/{assignmentId}"))).GetProperty("mine");
        var released = await CoursesApi.JsonAsync(await scenario.Instructor.GetAsync($"/api/assessment/submissions/{submissionId}"));

        Assert.Equal(1, release.GetProperty("released").GetInt32());
        Assert.Equal(80, afterRelease.GetProperty("scorePercent").GetDouble());
        Assert.True(afterRelease.GetProperty("passed").GetBoolean());
        Assert.Equal("Good on validation; analyse the bias further.", afterRelease.GetProperty("feedback").GetString());
        Assert.Equal("Thorough", afterRelease.GetProperty("rubricLines")[0].GetProperty("level").GetString());
        Assert.Equal(participantId, released.GetProperty("item").GetProperty("userId").GetGuid());
        Assert.Equal(1, await factory.WithScopeAsync<AssessmentDbContext, int>(db =>
            db.OutboxMessages.CountAsync(m => m.Type.Contains("AssessmentPassedIntegrationEvent") && m.Payload.Contains(participantId.ToString()))));
        await Eventually.TrueAsync(async () => (await CoursesApi.JsonAsync(await participant.GetAsync("/api/enrollment/me/notifications"))).EnumerateArray()
            .Any(n => n.GetProperty("title").GetString() == "Grade released: Critical appraisal of a sepsis prediction model"), "the participant was told the grade is released");
    }

    /// <summary>
    /// Issue 18, item 2: markers see user ids on the roster and the gradebook, so a candidate number computed from the
    /// assessment and user ids (as it was: SHA-256 of both) names the author to anyone who repeats the sum. Numbers are
    /// now drawn at random; and before release no page, JSON or CSV shows a blind draft score by name.
    /// </summary>
    [Fact]
    public async Task Blind_candidate_numbers_cannot_be_computed_from_user_ids_and_draft_scores_stay_nameless_until_release()
    {
        var scenario = await AssessmentScenario.CreateAsync(factory);
        var assignment = await scenario.CreateAssessmentAsync(new { title = "Blind appraisal", kind = "Assignment", maxPoints = 40, passMarkPercent = 50, blindMarking = true });
        var assignmentId = assignment.GetProperty("id").GetGuid();
        var authors = new List<(Guid UserId, Guid SubmissionId)>();
        for (var i = 0; i < 3; i++)
        {
            var (userId, participant) = await scenario.EnrolAsync();
            var handIn = await participant.PostAsJsonAsync($"/api/assessment/assessments/{assignmentId}/submissions", new { text = $"Appraisal {i}" });
            authors.Add((userId, (await CoursesApi.JsonAsync(handIn)).GetProperty("id").GetGuid()));
        }

        var roster = await scenario.Instructor.GetStringAsync($"/api/enrollment/offerings/{scenario.OfferingId}/roster");
        var queue = await CoursesApi.JsonAsync(await scenario.Instructor.GetAsync($"/api/assessment/grading-queue?offeringId={scenario.OfferingId}"));
        var candidates = queue.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("participant").GetString()!).ToList();
        Assert.Equal(3, candidates.Distinct().Count());
        Assert.All(queue.GetProperty("items").EnumerateArray(), item =>
            Assert.Equal($"Candidate {item.GetProperty("candidateNumber").GetInt32()}", item.GetProperty("participant").GetString()));
        var dutchQueue = await factory.CreateCookieClientForAsync("instructor@demo.local");
        dutchQueue.DefaultRequestHeaders.AcceptLanguage.ParseAdd("nl-NL");
        Assert.Contains($"Kandidaat {queue.GetProperty("items")[0].GetProperty("candidateNumber").GetInt32()}",
            await dutchQueue.GetStringAsync($"/grading?offeringId={scenario.OfferingId}"));
        foreach (var (userId, _) in authors)
        {
            Assert.Contains(userId.ToString(), roster, StringComparison.OrdinalIgnoreCase);
            var hash = System.Security.Cryptography.SHA256.HashData(Encoding.UTF8.GetBytes($"{assignmentId:N}:{userId:N}"));
            Assert.DoesNotContain($"Candidate {BitConverter.ToUInt32(hash, 0) % 900_000 + 100_000}", candidates);
        }

        // A score no other cell can have: 29.5 of 40 is 73.75%.
        var graded = authors[1].SubmissionId;
        Assert.Equal(HttpStatusCode.OK, (await scenario.Instructor.PutAsJsonAsync($"/api/assessment/submissions/{graded}/grade", new { points = 29.5 })).StatusCode);
        var candidate = (await CoursesApi.JsonAsync(await scenario.Instructor.GetAsync($"/api/assessment/submissions/{graded}"))).GetProperty("item").GetProperty("participant").GetString()!;
        var number = candidate["Candidate ".Length..];

        var book = await CoursesApi.JsonAsync(await scenario.Instructor.GetAsync($"/api/assessment/offerings/{scenario.OfferingId}/gradebook"));
        var csv = await scenario.Instructor.GetStringAsync($"/api/assessment/offerings/{scenario.OfferingId}/gradebook?format=csv");
        var page = await (await factory.CreateCookieClientForAsync("instructor@demo.local")).GetStringAsync($"/manage/offerings/{scenario.OfferingId}/gradebook");
        var rows = book.GetProperty("rows").EnumerateArray().ToList();
        Assert.All(rows, row =>
        {
            Assert.Equal("Blind", row.GetProperty("cells")[0].GetProperty("state").GetString());
            Assert.Equal(JsonValueKind.Null, row.GetProperty("cells")[0].GetProperty("scorePercent").ValueKind);
            Assert.Equal(JsonValueKind.Null, row.GetProperty("finalPercent").ValueKind);
            Assert.True(row.GetProperty("awaitingRelease").GetBoolean());
        });
        var draft = Assert.Single(book.GetProperty("blindDrafts").EnumerateArray(), d => d.GetProperty("state").GetString() == "Graded");
        Assert.Equal(int.Parse(number, System.Globalization.CultureInfo.InvariantCulture), draft.GetProperty("candidateNumber").GetInt32());
        Assert.Equal(73.75, draft.GetProperty("scorePercent").GetDouble());
        Assert.DoesNotContain("73.75", csv, StringComparison.Ordinal);
        var named = page[page.IndexOf("data-testid=\"gradebook\"", StringComparison.Ordinal)..];
        named = named[..named.IndexOf("</table>", StringComparison.Ordinal)];
        var blind = page[page.IndexOf("data-testid=\"blind-drafts\"", StringComparison.Ordinal)..];
        Assert.DoesNotContain("73.8", named, StringComparison.Ordinal);
        Assert.Matches($"{number}</th>\\s*<td>Blind appraisal</td>\\s*<td>73[.,]8%", blind);

        Assert.Equal(HttpStatusCode.OK, (await scenario.Instructor.PostAsync($"/api/assessment/assessments/{assignmentId}/release", null)).StatusCode);
        var released = await CoursesApi.JsonAsync(await scenario.Instructor.GetAsync($"/api/assessment/offerings/{scenario.OfferingId}/gradebook"));
        var author = released.GetProperty("rows").EnumerateArray().Single(r => r.GetProperty("userId").GetGuid() == authors[1].UserId);
        Assert.Equal(73.75, author.GetProperty("cells")[0].GetProperty("scorePercent").GetDouble());
        Assert.False(author.GetProperty("awaitingRelease").GetBoolean());
        Assert.Contains("73.75", await scenario.Instructor.GetStringAsync($"/api/assessment/offerings/{scenario.OfferingId}/gradebook?format=csv"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Changing_a_released_grade_needs_a_reason_and_every_change_is_kept_in_the_audit_trail()
    {
        var scenario = await AssessmentScenario.CreateAsync(factory);
        var assignment = await scenario.CreateAssessmentAsync(new { title = "Reflection", kind = "Assignment", maxPoints = 20, passMarkPercent = 50 });
        var assignmentId = assignment.GetProperty("id").GetGuid();
        var (userId, participant) = await scenario.EnrolAsync();
        var submissionId = (await CoursesApi.JsonAsync(await participant.PostAsJsonAsync($"/api/assessment/assessments/{assignmentId}/submissions", new { text = "My reflection" }))).GetProperty("id").GetGuid();
        await scenario.Instructor.PutAsJsonAsync($"/api/assessment/submissions/{submissionId}/grade", new { points = 8, feedback = "Thin." });
        await scenario.Instructor.PostAsync($"/api/assessment/assessments/{assignmentId}/release", null);

        var withoutReason = await scenario.Instructor.PutAsJsonAsync($"/api/assessment/submissions/{submissionId}/grade", new { points = 12 });
        var outOfRange = await scenario.Instructor.PutAsJsonAsync($"/api/assessment/submissions/{submissionId}/grade", new { points = 21, reason = "Recount" });
        var withReason = await scenario.Instructor.PutAsJsonAsync($"/api/assessment/submissions/{submissionId}/grade", new { points = 12, feedback = "Thin, but the second page counts.", reason = "Second page was missed" });

        await withoutReason.AssertValidationProblemAsync("reason");
        await outOfRange.AssertValidationProblemAsync("points");
        Assert.Equal(HttpStatusCode.OK, withReason.StatusCode);
        var audit = (await CoursesApi.JsonAsync(withReason)).GetProperty("audit");
        Assert.Equal(3, audit.GetArrayLength());
        Assert.Equal("Released", audit[2].GetProperty("stateBefore").GetString());
        Assert.Equal(40, audit[2].GetProperty("oldScorePercent").GetDouble());
        Assert.Equal(60, audit[2].GetProperty("newScorePercent").GetDouble());
        Assert.Equal("Second page was missed", audit[2].GetProperty("reason").GetString());
        var mine = (await CoursesApi.JsonAsync(await participant.GetAsync($"/api/assessment/assessments/{assignmentId}"))).GetProperty("mine");
        Assert.Equal(60, mine.GetProperty("scorePercent").GetDouble());
        Assert.Equal(1, await factory.WithScopeAsync<AssessmentDbContext, int>(db =>
            db.OutboxMessages.CountAsync(m => m.Type.Contains("AssessmentPassedIntegrationEvent") && m.Payload.Contains(userId.ToString()))));
    }

    [Fact]
    public async Task Bad_files_bad_rubric_scores_other_instructors_and_other_participants_are_refused_and_nothing_is_half_saved()
    {
        var scenario = await AssessmentScenario.CreateAsync(factory);
        var assignment = await scenario.CreateRubricAssignmentAsync(blind: false);
        var assignmentId = assignment.GetProperty("id").GetGuid();
        var (_, participant) = await scenario.EnrolAsync();
        var (_, classmate) = await scenario.EnrolAsync();

        var wrongType = await participant.PostAsJsonAsync($"/api/assessment/assessments/{assignmentId}/submissions", new { file = new { fileName = "run.exe", content = new byte[] { 1, 2 } } });
        var tooLarge = await participant.PostAsJsonAsync($"/api/assessment/assessments/{assignmentId}/submissions", new { file = new { fileName = "big.pdf", content = new byte[2048] } });
        var empty = await participant.PostAsJsonAsync($"/api/assessment/assessments/{assignmentId}/submissions", new { });
        await wrongType.AssertValidationProblemAsync("file.fileName");
        await tooLarge.AssertValidationProblemAsync("file.content");
        await empty.AssertValidationProblemAsync("text");
        Assert.Equal(0, await factory.WithScopeAsync<AssessmentDbContext, int>(db => db.Files.CountAsync(f => f.AssessmentId == assignmentId)));

        var together = await Task.WhenAll(Enumerable.Range(0, 4).Select(i =>
            participant.PostAsJsonAsync($"/api/assessment/assessments/{assignmentId}/submissions", new { text = $"Version {i}", file = new { fileName = "../../etc/essay.pdf", content = Encoding.UTF8.GetBytes("%PDF-1.4") } })));
        Assert.All(together, r => Assert.Contains(r.StatusCode, new[] { HttpStatusCode.Created, HttpStatusCode.OK, HttpStatusCode.Conflict }));
        Assert.Single(together, r => r.StatusCode == HttpStatusCode.Created);
        Assert.Equal(1, await factory.WithScopeAsync<AssessmentDbContext, int>(db => db.Submissions.CountAsync(s => s.AssessmentId == assignmentId)));
        Assert.Equal(1, await factory.WithScopeAsync<AssessmentDbContext, int>(db => db.Files.CountAsync(f => f.AssessmentId == assignmentId)));
        var submissionId = await factory.WithScopeAsync<AssessmentDbContext, Guid>(db => db.Submissions.Where(s => s.AssessmentId == assignmentId).Select(s => s.Id).SingleAsync());

        var download = await participant.GetAsync($"/api/assessment/submissions/{submissionId}/file");
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal("application/octet-stream", download.Content.Headers.ContentType!.MediaType);
        Assert.Equal("nosniff", download.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("essay.pdf", download.Content.Headers.ContentDisposition!.FileName?.Trim('"'));
        await (await classmate.GetAsync($"/api/assessment/submissions/{submissionId}/file")).AssertProblemAsync(HttpStatusCode.NotFound);
        await (await classmate.GetAsync($"/api/assessment/submissions/{submissionId}")).AssertProblemAsync(HttpStatusCode.Forbidden);

        var outsideLevels = await scenario.Instructor.PutAsJsonAsync($"/api/assessment/submissions/{submissionId}/grade", new
        {
            rubric = new[] { new { criterionId = AssessmentScenario.CriterionId(assignment, 0), levelIndex = 3 }, new { criterionId = Guid.NewGuid(), levelIndex = 0 } },
        });
        var otherInstructor = factory.CreateClientForUser(Guid.NewGuid(), "Instructor");
        var notTheirs = await otherInstructor.PutAsJsonAsync($"/api/assessment/submissions/{submissionId}/grade", new
        {
            rubric = new[] { new { criterionId = AssessmentScenario.CriterionId(assignment, 0), levelIndex = 0 }, new { criterionId = AssessmentScenario.CriterionId(assignment, 1), levelIndex = 0 } },
        });
        var participantGrades = await participant.PutAsJsonAsync($"/api/assessment/submissions/{submissionId}/grade", new { points = 10 });
        var otherQueue = await CoursesApi.JsonAsync(await otherInstructor.GetAsync("/api/assessment/grading-queue"));

        await outsideLevels.AssertValidationProblemAsync("rubric[0].levelIndex", "rubric[1].criterionId", "rubric");
        await notTheirs.AssertProblemAsync(HttpStatusCode.Forbidden);
        Assert.Equal(HttpStatusCode.Forbidden, participantGrades.StatusCode);
        Assert.Equal(0, otherQueue.GetProperty("total").GetInt32());
        await (await otherInstructor.GetAsync($"/api/assessment/offerings/{scenario.OfferingId}/gradebook")).AssertProblemAsync(HttpStatusCode.Forbidden);
        Assert.Equal("NotGraded", await factory.WithScopeAsync<AssessmentDbContext, string>(async db => (await db.Submissions.SingleAsync(s => s.Id == submissionId)).State.ToString()));
    }

    [Fact]
    public async Task Late_work_is_refused_or_accepted_with_the_penalty_and_an_extension_moves_the_due_date()
    {
        var scenario = await AssessmentScenario.CreateAsync(factory);
        var due = DateTime.UtcNow.AddDays(-1).AddHours(-1);
        var strict = (await scenario.CreateAssessmentAsync(new { title = "Strict", kind = "Assignment", dueAtUtc = due, latePolicy = "Refuse" })).GetProperty("id").GetGuid();
        var lenient = (await scenario.CreateAssessmentAsync(new { title = "Lenient", kind = "Assignment", dueAtUtc = due, latePolicy = "AcceptWithPenalty", latePenaltyPercentPerDay = 10, latePenaltyCapPercent = 30, maxPoints = 10 })).GetProperty("id").GetGuid();
        var (userId, participant) = await scenario.EnrolAsync();

        var refused = await participant.PostAsJsonAsync($"/api/assessment/assessments/{strict}/submissions", new { text = "Too late" });
        var accepted = await participant.PostAsJsonAsync($"/api/assessment/assessments/{lenient}/submissions", new { text = "Late but here" });
        var extension = await scenario.Instructor.PutAsJsonAsync($"/api/assessment/assessments/{strict}/extensions/{userId}", new { dueAtUtc = DateTime.UtcNow.AddDays(3) });
        var afterExtension = await participant.PostAsJsonAsync($"/api/assessment/assessments/{strict}/submissions", new { text = "With an extension" });

        await refused.AssertProblemAsync(HttpStatusCode.Conflict);
        Assert.Equal(HttpStatusCode.Created, accepted.StatusCode);
        var handedIn = await CoursesApi.JsonAsync(accepted);
        Assert.Equal(2, handedIn.GetProperty("daysLate").GetInt32());
        Assert.Equal(20, handedIn.GetProperty("penaltyPercent").GetDouble());
        Assert.Equal(HttpStatusCode.OK, extension.StatusCode);
        Assert.Equal(HttpStatusCode.Created, afterExtension.StatusCode);

        var submissionId = handedIn.GetProperty("id").GetGuid();
        var graded = await CoursesApi.JsonAsync(await scenario.Instructor.PutAsJsonAsync($"/api/assessment/submissions/{submissionId}/grade", new { points = 9 }));
        Assert.Equal(90, graded.GetProperty("rawScorePercent").GetDouble());
        Assert.Equal(70, graded.GetProperty("item").GetProperty("scorePercent").GetDouble());
    }

    [Fact]
    public async Task The_grading_queue_page_goes_to_the_page_its_link_names()
    {
        var scenario = await AssessmentScenario.CreateAsync(factory);
        var assignmentId = (await scenario.CreateRubricAssignmentAsync()).GetProperty("id").GetGuid();
        foreach (var i in Enumerable.Range(0, 21))
        {
            var (_, participant) = await scenario.EnrolAsync();
            (await participant.PostAsJsonAsync($"/api/assessment/assessments/{assignmentId}/submissions", new { text = $"Appraisal {i}" })).EnsureSuccessStatusCode();
        }

        var instructor = await factory.CreateCookieClientForAsync("instructor@demo.local");
        var queue = $"/grading?state=NotGraded&offeringId={scenario.OfferingId}";
        var first = Candidates(await instructor.GetStringAsync(queue));
        var second = Candidates(await instructor.GetStringAsync($"{queue}&page=2"));

        Assert.Equal(20, first.Count);
        Assert.Single(second);
        Assert.DoesNotContain(second[0], first);

        static List<string> Candidates(string html) =>
            [.. System.Text.RegularExpressions.Regex.Matches(html, "Grade the work of (Candidate [0-9]+)").Select(m => m.Groups[1].Value)];
    }
}

using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using HealthAiAcademy.Enrollment.Data;
using HealthAiAcademy.IntegrationTests.Courses;
using HealthAiAcademy.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace HealthAiAcademy.IntegrationTests.Enrollment;

public sealed class EnrollmentApiTests(AcademyFactory factory) : IClassFixture<AcademyFactory>
{
    [Fact]
    public async Task Open_offerings_enrol_at_once_and_enrolling_twice_yields_one_enrollment()
    {
        var offeringId = await PublishedOfferingAsync(capacity: 5);
        var participant = factory.CreateClientForUser(Guid.NewGuid());

        var first = await Enrol(participant, offeringId);
        var second = await Enrol(participant, offeringId);

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        var body = await CoursesApi.JsonAsync(first);
        Assert.Equal("Enrolled", body.GetProperty("status").GetString());
        Assert.Equal(body.GetProperty("id").GetGuid(), (await CoursesApi.JsonAsync(second)).GetProperty("id").GetGuid());
        var mine = await CoursesApi.JsonAsync(await participant.GetAsync("/api/enrollment/me"));
        Assert.Single(mine.EnumerateArray());
    }

    [Fact]
    public async Task A_thousand_parallel_requests_for_150_seats_fill_exactly_150_and_a_gap_free_waitlist()
    {
        var offeringId = await PublishedOfferingAsync(capacity: 150);
        var clients = Enumerable.Range(0, 1000).Select(_ => factory.CreateClientForUser(Guid.NewGuid())).ToList();
        using var gate = new SemaphoreSlim(64);

        var responses = await Task.WhenAll(clients.Select(async client =>
        {
            await gate.WaitAsync();
            try
            {
                var response = await Enrol(client, offeringId);
                return (response.StatusCode, Body: await CoursesApi.JsonAsync(response));
            }
            finally
            {
                gate.Release();
            }
        }));

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.Created, r.StatusCode));
        Assert.Equal(150, responses.Count(r => r.Body.GetProperty("status").GetString() == "Enrolled"));
        var positions = responses.Where(r => r.Body.GetProperty("status").GetString() == "Waitlisted")
            .Select(r => r.Body.GetProperty("waitlistPosition").GetInt32()).Order().ToList();
        Assert.Equal(Enumerable.Range(1, 850), positions);
        var book = await factory.WithScopeAsync<EnrollmentDbContext, HealthAiAcademy.Enrollment.Domain.EnrollmentBook>(db => db.Books.AsNoTracking().SingleAsync(b => b.OfferingId == offeringId));
        Assert.Equal((150, 850), (book.SeatsTaken, book.WaitlistLength));
    }

    [Fact]
    public async Task The_same_person_enrolling_many_times_at_once_gets_one_enrollment()
    {
        var offeringId = await PublishedOfferingAsync(capacity: 10);
        var participant = factory.CreateClientForUser(Guid.NewGuid());

        var responses = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Enrol(participant, offeringId)));

        var ids = new HashSet<Guid>();
        foreach (var response in responses)
        {
            Assert.True(response.StatusCode is HttpStatusCode.Created or HttpStatusCode.OK, $"{response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
            ids.Add((await CoursesApi.JsonAsync(response)).GetProperty("id").GetGuid());
        }

        Assert.Single(ids);
        var book = await factory.WithScopeAsync<EnrollmentDbContext, HealthAiAcademy.Enrollment.Domain.EnrollmentBook>(db => db.Books.AsNoTracking().SingleAsync(b => b.OfferingId == offeringId));
        Assert.Equal(1, book.SeatsTaken);
    }

    [Fact]
    public async Task A_freed_seat_is_offered_to_the_first_waitlisted_who_claims_it()
    {
        var offeringId = await PublishedOfferingAsync(capacity: 1);
        var first = factory.CreateClientForUser(Guid.NewGuid());
        var second = factory.CreateClientForUser(Guid.NewGuid());
        var third = factory.CreateClientForUser(Guid.NewGuid());
        var firstEnrollment = await CoursesApi.JsonAsync(await Enrol(first, offeringId));
        var secondEnrollment = await CoursesApi.JsonAsync(await Enrol(second, offeringId));
        var thirdEnrollment = await CoursesApi.JsonAsync(await Enrol(third, offeringId));

        var withdrawn = await first.PostAsync($"/api/enrollment/enrollments/{Id(firstEnrollment)}/withdraw", null);
        var offered = await CoursesApi.JsonAsync(await second.GetAsync($"/api/enrollment/enrollments/{Id(secondEnrollment)}"));
        var thirdCannotClaim = await third.PostAsync($"/api/enrollment/enrollments/{Id(thirdEnrollment)}/accept-offer", null);
        var claimed = await second.PostAsync($"/api/enrollment/enrollments/{Id(secondEnrollment)}/accept-offer", null);
        var thirdAfter = await CoursesApi.JsonAsync(await third.GetAsync($"/api/enrollment/enrollments/{Id(thirdEnrollment)}"));

        Assert.Equal("Withdrawn", (await CoursesApi.JsonAsync(withdrawn)).GetProperty("status").GetString());
        Assert.Equal(JsonValueKind.String, offered.GetProperty("offerExpiresAtUtc").ValueKind);
        await thirdCannotClaim.AssertProblemAsync(HttpStatusCode.Conflict);
        Assert.Equal("Enrolled", (await CoursesApi.JsonAsync(claimed)).GetProperty("status").GetString());
        Assert.Equal(1, thirdAfter.GetProperty("waitlistPosition").GetInt32());
        var book = await factory.WithScopeAsync<EnrollmentDbContext, HealthAiAcademy.Enrollment.Domain.EnrollmentBook>(db => db.Books.AsNoTracking().SingleAsync(b => b.OfferingId == offeringId));
        Assert.Equal((1, 1), (book.SeatsTaken, book.WaitlistLength));
    }

    [Fact]
    public async Task Parallel_withdrawals_from_the_waitlist_leave_it_gap_free_in_the_original_order()
    {
        var offeringId = await PublishedOfferingAsync(capacity: 2);
        var people = new List<(HttpClient Client, Guid EnrollmentId)>();
        foreach (var client in Enumerable.Range(0, 40).Select(_ => factory.CreateClientForUser(Guid.NewGuid())))
        {
            people.Add((client, Id(await CoursesApi.JsonAsync(await Enrol(client, offeringId)))));
        }

        var waitlisted = people.Skip(2).ToList();
        var leaving = waitlisted.Where((_, index) => index % 2 == 0).ToList();
        var withdrawals = await Task.WhenAll(leaving.Select(p => p.Client.PostAsync($"/api/enrollment/enrollments/{p.EnrollmentId}/withdraw", null)));

        Assert.All(withdrawals, r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
        var staying = waitlisted.Except(leaving).Select(p => p.EnrollmentId).ToList();
        var positions = await factory.WithScopeAsync<EnrollmentDbContext, Dictionary<Guid, int?>>(db =>
            db.Enrollments.AsNoTracking().Where(e => e.OfferingId == offeringId && e.Status == HealthAiAcademy.Enrollment.Contracts.EnrollmentStatus.Waitlisted)
                .ToDictionaryAsync(e => e.Id, e => e.WaitlistPosition));
        Assert.Equal(staying.Order(), positions.Keys.Order());
        Assert.Equal(Enumerable.Range(1, staying.Count), staying.Select(id => positions[id]!.Value));
        var book = await factory.WithScopeAsync<EnrollmentDbContext, HealthAiAcademy.Enrollment.Domain.EnrollmentBook>(db => db.Books.AsNoTracking().SingleAsync(b => b.OfferingId == offeringId));
        Assert.Equal((2, staying.Count), (book.SeatsTaken, book.WaitlistLength));
    }

    [Fact]
    public async Task Applications_take_a_motivation_and_coordinators_decide()
    {
        var offeringId = await PublishedOfferingAsync(capacity: 1, policy: "Application");
        var applicant = factory.CreateClientForUser(Guid.NewGuid());
        var other = factory.CreateClientForUser(Guid.NewGuid());
        var coordinator = await factory.CreateClientForAsync("coordinator@demo.local");

        var withoutMotivation = await Enrol(applicant, offeringId);
        var applied = await CoursesApi.JsonAsync(await Enrol(applicant, offeringId, "I run the ICU data team and want to learn to build models."));
        var otherApplied = await CoursesApi.JsonAsync(await Enrol(other, offeringId, "Curious about LLMs in radiology reports."));
        var approvedByApplicant = await applicant.PostAsync($"/api/enrollment/enrollments/{Id(applied)}/approve", null);
        var approved = await coordinator.PostAsJsonAsync($"/api/enrollment/enrollments/{Id(applied)}/approve", new { message = "Welcome!" });
        var rejected = await coordinator.PostAsJsonAsync($"/api/enrollment/enrollments/{Id(otherApplied)}/reject", new { message = "The summer school is full this year." });
        var rejectedAgain = await coordinator.PostAsJsonAsync($"/api/enrollment/enrollments/{Id(otherApplied)}/reject", new { message = "again" });

        await withoutMotivation.AssertValidationProblemAsync("motivation");
        Assert.Equal("PendingApproval", applied.GetProperty("status").GetString());
        await approvedByApplicant.AssertProblemAsync(HttpStatusCode.Forbidden);
        Assert.Equal("Enrolled", (await CoursesApi.JsonAsync(approved)).GetProperty("status").GetString());
        var rejection = await CoursesApi.JsonAsync(rejected);
        Assert.Equal(("Rejected", "The summer school is full this year."), (rejection.GetProperty("status").GetString(), rejection.GetProperty("decisionMessage").GetString()));
        await rejectedAgain.AssertProblemAsync(HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task Drafts_closed_windows_and_full_offerings_without_a_waitlist_are_refused_with_reasons()
    {
        var coordinator = await factory.CreateClientForAsync("coordinator@demo.local");
        var courseId = await CoursesApi.CreateCourseAsync(coordinator);
        var draft = await CoursesApi.CreateOfferingAsync(coordinator, courseId);
        var notYetOpen = await PublishedOfferingAsync(capacity: 5, change: b => b["enrollmentOpensAt"] = "2030-01-01T00:00");
        var noWaitlist = await PublishedOfferingAsync(capacity: 1, change: b => b["waitlistEnabled"] = false);
        var participant = factory.CreateClientForUser(Guid.NewGuid());
        await Enrol(factory.CreateClientForUser(Guid.NewGuid()), noWaitlist);

        await (await Enrol(participant, draft)).AssertProblemAsync(HttpStatusCode.NotFound);
        var early = await (await Enrol(participant, notYetOpen)).AssertProblemAsync(HttpStatusCode.Conflict);
        var full = await (await Enrol(participant, noWaitlist)).AssertProblemAsync(HttpStatusCode.Conflict);
        await (await factory.CreateClient().PostAsJsonAsync($"/api/enrollment/offerings/{noWaitlist}/enrollments", new { })).AssertProblemAsync(HttpStatusCode.Unauthorized);

        Assert.Contains("opens", early.GetProperty("detail").GetString());
        Assert.Contains("full and has no waiting list", full.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task Minors_need_a_student_number_in_the_profile()
    {
        var offeringId = await PublishedOfferingAsync(capacity: 5, change: b => b["requiresStudentNumber"] = true);
        var participant = await factory.CreateClientForAsync("participant@demo.local");

        var refused = await Enrol(participant, offeringId);
        await participant.PutAsJsonAsync("/api/auth/me", new { fullName = "Łukasz Şahin-de Vries", studentNumber = "s7654321" });
        var accepted = await Enrol(participant, offeringId);

        await refused.AssertValidationProblemAsync("studentNumber");
        Assert.Equal(HttpStatusCode.Created, accepted.StatusCode);
    }

    [Fact]
    public async Task A_participant_never_sees_or_changes_another_participants_enrollment()
    {
        var offeringId = await PublishedOfferingAsync(capacity: 5);
        var owner = factory.CreateClientForUser(Guid.NewGuid());
        var stranger = factory.CreateClientForUser(Guid.NewGuid());
        var enrollment = await CoursesApi.JsonAsync(await Enrol(owner, offeringId));

        var read = await stranger.GetAsync($"/api/enrollment/enrollments/{Id(enrollment)}");
        var withdraw = await stranger.PostAsync($"/api/enrollment/enrollments/{Id(enrollment)}/withdraw", null);
        var roster = await stranger.GetAsync($"/api/enrollment/offerings/{offeringId}/roster");

        await read.AssertProblemAsync(HttpStatusCode.NotFound);
        await withdraw.AssertProblemAsync(HttpStatusCode.NotFound);
        await roster.AssertProblemAsync(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task The_roster_lists_registration_numbers_and_exports_csv()
    {
        var offeringId = await PublishedOfferingAsync(capacity: 5);
        var participant = await factory.CreateClientForAsync("participant@demo.local");
        await participant.PutAsJsonAsync("/api/auth/me", new { fullName = "=HYPERLINK(\"http://evil\")", registrationNumber = "19012345601" });
        await Enrol(participant, offeringId);
        var coordinator = await factory.CreateClientForAsync("coordinator@demo.local");

        var roster = await CoursesApi.JsonAsync(await coordinator.GetAsync($"/api/enrollment/offerings/{offeringId}/roster"));
        var csvResponse = await coordinator.GetAsync($"/api/enrollment/offerings/{offeringId}/roster?format=csv");
        var csv = await csvResponse.Content.ReadAsStringAsync();
        await participant.PutAsJsonAsync("/api/auth/me", new { fullName = "Łukasz Şahin-de Vries" });

        Assert.Equal("19012345601", roster[0].GetProperty("registrationNumber").GetString());
        Assert.Equal("text/csv", csvResponse.Content.Headers.ContentType?.MediaType);
        var lines = csv.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Assert.StartsWith("Full name,Email,Profession,Registration number", lines[0]);
        Assert.Contains("19012345601", lines[1]);
        Assert.DoesNotContain(",=HYPERLINK", lines[1]);
        Assert.DoesNotContain("\"=HYPERLINK", lines[1]);
    }

    [Fact]
    public async Task Csv_downloads_open_in_Excel_with_their_diacritics_and_a_file_name()
    {
        var offeringId = await PublishedOfferingAsync(capacity: 5);
        await Enrol(await factory.CreateClientForAsync("participant@demo.local"), offeringId);
        var coordinator = await factory.CreateClientForAsync("coordinator@demo.local");

        foreach (var (url, fileName) in new[]
                 {
                     ($"/api/enrollment/offerings/{offeringId}/roster?format=csv", "roster.csv"),
                     ($"/api/enrollment/offerings/{offeringId}/attendance.csv", "attendance.csv"),
                     ($"/api/assessment/offerings/{offeringId}/gradebook?format=csv", "gradebook.csv"),
                 })
        {
            var response = await coordinator.GetAsync(url);
            var bytes = await response.Content.ReadAsByteArrayAsync();

            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
            Assert.Equal(fileName, response.Content.Headers.ContentDisposition?.FileNameStar ?? response.Content.Headers.ContentDisposition?.FileName?.Trim('"'));
            Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, bytes[..3]);
            Assert.Contains("Łukasz Şahin-de Vries", System.Text.Encoding.UTF8.GetString(bytes[3..]));
        }
    }

    private async Task<Guid> PublishedOfferingAsync(int capacity, string policy = "Open", Action<Dictionary<string, object?>>? change = null)
    {
        var coordinator = await factory.CreateClientForAsync("coordinator@demo.local");
        var offeringId = await CoursesApi.CreateOfferingAsync(coordinator, await CoursesApi.CreateCourseAsync(coordinator), body =>
        {
            body["capacity"] = capacity;
            body["enrollmentPolicy"] = policy;
            change?.Invoke(body);
        });
        var published = await coordinator.PostAsync($"/api/courses/offerings/{offeringId}/publish", null);
        Assert.Equal(HttpStatusCode.OK, published.StatusCode);
        return offeringId;
    }

    private static Task<HttpResponseMessage> Enrol(HttpClient client, Guid offeringId, string? motivation = null) =>
        client.PostAsJsonAsync($"/api/enrollment/offerings/{offeringId}/enrollments", new { motivation });

    private static Guid Id(JsonElement enrollment) => enrollment.GetProperty("id").GetGuid();
}

using System.Net;
using System.Net.Http.Json;
using HealthAiAcademy.Courses.Data;
using HealthAiAcademy.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace HealthAiAcademy.IntegrationTests.Courses;

public sealed class CourseAndOfferingApiTests(AcademyFactory factory) : IClassFixture<AcademyFactory>
{
    [Fact]
    public async Task A_coordinator_defines_a_course_with_its_accreditation_and_others_may_not()
    {
        var coordinator = await factory.CreateClientForAsync("coordinator@demo.local");
        var instructor = await factory.CreateClientForAsync("instructor@demo.local");

        var created = await coordinator.PostAsJsonAsync("/api/courses/courses", CoursesApi.Course("SUMMER-2030"));
        var duplicate = await coordinator.PostAsJsonAsync("/api/courses/courses", CoursesApi.Course("SUMMER-2030"));
        var byInstructor = await instructor.PostAsJsonAsync("/api/courses/courses", CoursesApi.Course());

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var course = await CoursesApi.JsonAsync(created);
        Assert.Equal(8.5, course.GetProperty("accreditations")[0].GetProperty("points").GetDouble());
        Assert.Equal(24, course.GetProperty("certificateValidityMonths").GetInt32());
        await duplicate.AssertProblemAsync(HttpStatusCode.Conflict);
        await byInstructor.AssertProblemAsync(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task A_bad_course_gets_400_naming_each_field()
    {
        var coordinator = await factory.CreateClientForAsync("coordinator@demo.local");

        var response = await coordinator.PostAsJsonAsync("/api/courses/courses", new
        {
            code = "lower case",
            title = "",
            summary = "x",
            language = "de",
            studyLoadHours = 0,
            audiences = new[] { "Astronauts" },
            instructorIds = new[] { Guid.NewGuid() },
            accreditations = new[] { new { registry = "GAIA", points = -1 } },
        });

        await response.AssertValidationProblemAsync("code", "title", "language", "studyLoadHours", "audiences", "instructorIds", "accreditations[0]");
    }

    [Theory]
    [InlineData("endsAt", "2030-06-30T08:00", "endsAt")]
    [InlineData("enrollmentClosesAt", "2030-07-06T00:00", "enrollmentClosesAt")]
    [InlineData("capacity", -5, "capacity")]
    [InlineData("kind", "Cooking", "kind")]
    [InlineData("startsAt", "next tuesday", "startsAt")]
    [InlineData("delivery", "Online", "onlineLink")]
    [InlineData("timeZone", "Mars/Olympus", "timeZone")]
    public async Task A_bad_offering_gets_400_naming_the_field(string property, object value, string field)
    {
        var coordinator = await factory.CreateClientForAsync("coordinator@demo.local");
        var courseId = await CoursesApi.CreateCourseAsync(coordinator);
        var body = CoursesApi.Offering(courseId);
        body[property] = value;

        var response = await coordinator.PostAsJsonAsync("/api/courses/offerings", body);

        await response.AssertValidationProblemAsync(field);
    }

    [Fact]
    public async Task Capacity_may_be_left_out_for_webinars_only()
    {
        var coordinator = await factory.CreateClientForAsync("coordinator@demo.local");
        var courseId = await CoursesApi.CreateCourseAsync(coordinator);
        var webinar = CoursesApi.Offering(courseId, capacity: null);
        webinar["kind"] = "Webinar";
        webinar["delivery"] = "Online";
        webinar["onlineLink"] = "https://meet.example.org/webinar";

        var accepted = await coordinator.PostAsJsonAsync("/api/courses/offerings", webinar);
        var refused = await coordinator.PostAsJsonAsync("/api/courses/offerings", CoursesApi.Offering(courseId, capacity: null));

        Assert.Equal(HttpStatusCode.Created, accepted.StatusCode);
        await refused.AssertValidationProblemAsync("capacity");
    }

    [Fact]
    public async Task Times_are_entered_in_Amsterdam_time_and_stored_in_UTC()
    {
        var coordinator = await factory.CreateClientForAsync("coordinator@demo.local");
        var offeringId = await CoursesApi.CreateOfferingAsync(coordinator, await CoursesApi.CreateCourseAsync(coordinator));

        var offering = await CoursesApi.JsonAsync(await coordinator.GetAsync($"/api/courses/manage/offerings/{offeringId}"));

        // 1 July 2030 08:00 in Amsterdam is summer time (UTC+2); 1 January is winter time (UTC+1).
        Assert.Equal(new DateTime(2030, 7, 1, 6, 0, 0), offering.GetProperty("startsAtUtc").GetDateTime());
        Assert.Equal(new DateTime(2019, 12, 31, 23, 0, 0), offering.GetProperty("enrollmentOpensAtUtc").GetDateTime());
    }

    [Fact]
    public async Task Statuses_move_only_along_the_workflow()
    {
        var coordinator = await factory.CreateClientForAsync("coordinator@demo.local");
        var offeringId = await CoursesApi.CreateOfferingAsync(coordinator, await CoursesApi.CreateCourseAsync(coordinator));

        var completeDraft = await coordinator.PostAsync($"/api/courses/offerings/{offeringId}/complete", null);
        var publish = await coordinator.PostAsync($"/api/courses/offerings/{offeringId}/publish", null);
        var close = await coordinator.PostAsync($"/api/courses/offerings/{offeringId}/close", null);
        var reopen = await coordinator.PostAsync($"/api/courses/offerings/{offeringId}/publish", null);
        var cancel = await coordinator.PostAsync($"/api/courses/offerings/{offeringId}/cancel", null);
        var publishCancelled = await coordinator.PostAsync($"/api/courses/offerings/{offeringId}/publish", null);
        var editCancelled = await coordinator.PutAsJsonAsync($"/api/courses/offerings/{offeringId}", CoursesApi.Offering(Guid.Empty));

        await completeDraft.AssertProblemAsync(HttpStatusCode.Conflict);
        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK], new[] { publish.StatusCode, close.StatusCode, reopen.StatusCode, cancel.StatusCode });
        Assert.Equal("Cancelled", (await CoursesApi.JsonAsync(cancel)).GetProperty("status").GetString());
        await publishCancelled.AssertProblemAsync(HttpStatusCode.Conflict);
        await editCancelled.AssertProblemAsync(HttpStatusCode.Conflict);
        var events = await factory.WithScopeAsync<CoursesDbContext, List<string>>(db =>
            db.OutboxMessages.Where(m => m.Payload.Contains(offeringId.ToString())).OrderBy(m => m.OccurredAtUtc).Select(m => m.Type).ToListAsync());
        Assert.Contains(events, t => t.Contains("OfferingCancelledIntegrationEvent"));
        Assert.Contains(events, t => t.Contains("OfferingPublishedIntegrationEvent"));
    }

    [Fact]
    public async Task Drafts_are_not_found_by_visitors_but_are_by_coordinators()
    {
        var coordinator = await factory.CreateClientForAsync("coordinator@demo.local");
        var offeringId = await CoursesApi.CreateOfferingAsync(coordinator, await CoursesApi.CreateCourseAsync(coordinator));

        var anonymous = await factory.CreateClient().GetAsync($"/api/courses/offerings/{offeringId}");
        var asCoordinator = await coordinator.GetAsync($"/api/courses/offerings/{offeringId}");

        await anonymous.AssertProblemAsync(HttpStatusCode.NotFound);
        Assert.Equal(HttpStatusCode.OK, asCoordinator.StatusCode);
    }

    [Fact]
    public async Task Instructors_edit_only_their_own_offerings()
    {
        var coordinator = await factory.CreateClientForAsync("coordinator@demo.local");
        var instructor = await factory.CreateClientForAsync("instructor@demo.local");
        var instructorId = await CoursesApi.UserIdAsync(instructor);
        var theirs = await CoursesApi.CreateOfferingAsync(coordinator, await CoursesApi.CreateCourseAsync(coordinator),
            body => body["instructorIds"] = new[] { instructorId });
        var someoneElses = await CoursesApi.CreateOfferingAsync(coordinator, await CoursesApi.CreateCourseAsync(coordinator));

        var ownEdit = CoursesApi.Offering(Guid.Empty);
        ownEdit["instructorIds"] = new[] { instructorId };
        ownEdit["location"] = "Room 101";
        var own = await instructor.PutAsJsonAsync($"/api/courses/offerings/{theirs}", ownEdit);
        var other = await instructor.PutAsJsonAsync($"/api/courses/offerings/{someoneElses}", CoursesApi.Offering(Guid.Empty));
        var unknown = await coordinator.PutAsJsonAsync($"/api/courses/offerings/{Guid.NewGuid()}", CoursesApi.Offering(Guid.Empty));
        var list = await CoursesApi.JsonAsync(await instructor.GetAsync("/api/courses/manage/offerings"));

        Assert.Equal(HttpStatusCode.OK, own.StatusCode);
        Assert.Equal("Room 101", (await CoursesApi.JsonAsync(own)).GetProperty("location").GetString());
        await other.AssertProblemAsync(HttpStatusCode.Forbidden);
        await unknown.AssertProblemAsync(HttpStatusCode.NotFound);
        var ids = list.EnumerateArray().Select(o => o.GetProperty("id").GetGuid()).ToList();
        Assert.Contains(theirs, ids);
        Assert.DoesNotContain(someoneElses, ids);
    }

    [Fact]
    public async Task Capacity_cannot_drop_below_the_seats_already_taken()
    {
        var coordinator = await factory.CreateClientForAsync("coordinator@demo.local");
        var offeringId = await CoursesApi.CreateOfferingAsync(coordinator, await CoursesApi.CreateCourseAsync(coordinator),
            body => body["enrollmentPolicy"] = "Open");
        await coordinator.PostAsync($"/api/courses/offerings/{offeringId}/publish", null);
        for (var i = 0; i < 3; i++)
        {
            var enrolled = await factory.CreateClientForUser(Guid.NewGuid()).PostAsJsonAsync($"/api/enrollment/offerings/{offeringId}/enrollments", new { });
            Assert.Equal(HttpStatusCode.Created, enrolled.StatusCode);
        }

        var tooFew = CoursesApi.Offering(Guid.Empty, capacity: 2);
        var enough = CoursesApi.Offering(Guid.Empty, capacity: 3);
        var lowered = await coordinator.PutAsJsonAsync($"/api/courses/offerings/{offeringId}", tooFew);
        var fine = await coordinator.PutAsJsonAsync($"/api/courses/offerings/{offeringId}", enough);

        var problem = await lowered.AssertProblemAsync(HttpStatusCode.Conflict);
        Assert.Contains("3 participants", problem.GetProperty("detail").GetString());
        Assert.Equal(HttpStatusCode.OK, fine.StatusCode);
    }

    [Fact]
    public async Task A_rerun_copies_the_offering_and_its_sessions_into_a_shifted_draft()
    {
        var coordinator = await factory.CreateClientForAsync("coordinator@demo.local");
        var offeringId = await CoursesApi.CreateOfferingAsync(coordinator, await CoursesApi.CreateCourseAsync(coordinator));
        var scheduled = await coordinator.PostAsJsonAsync($"/api/courses/offerings/{offeringId}/sessions", new { startsAt = "2030-07-01T09:00", durationMinutes = 480, topic = "Day 1" });
        Assert.True(scheduled.StatusCode == HttpStatusCode.Created, await scheduled.Content.ReadAsStringAsync());

        var rerun = await coordinator.PostAsJsonAsync($"/api/courses/offerings/{offeringId}/rerun", new { cohortLabel = "2031", shiftDays = 364 });
        var badRerun = await coordinator.PostAsJsonAsync($"/api/courses/offerings/{offeringId}/rerun", new { cohortLabel = "", shiftDays = 0 });

        Assert.Equal(HttpStatusCode.Created, rerun.StatusCode);
        var copy = await CoursesApi.JsonAsync(rerun);
        Assert.Equal("Draft", copy.GetProperty("status").GetString());
        Assert.Equal("2031", copy.GetProperty("cohortLabel").GetString());
        Assert.Equal(new DateTime(2031, 6, 30, 6, 0, 0), copy.GetProperty("startsAtUtc").GetDateTime());
        var details = await CoursesApi.JsonAsync(await coordinator.GetAsync($"/api/courses/offerings/{copy.GetProperty("id").GetGuid()}"));
        Assert.Equal(new DateTime(2031, 6, 30, 7, 0, 0), details.GetProperty("sessions")[0].GetProperty("startsAtUtc").GetDateTime());
        await badRerun.AssertValidationProblemAsync("cohortLabel", "shiftDays");
    }

    /// <summary>
    /// Issue 18, item 1: the offering's page is open to all staff and its re-run form called the re-run use case, which
    /// checked nobody, so an instructor could copy any offering. The rule is now the use case's: page and API refuse alike.
    /// </summary>
    [Fact]
    public async Task Only_coordinators_re_run_an_offering_whether_through_the_page_or_the_api()
    {
        var coordinator = await factory.CreateClientForAsync("coordinator@demo.local");
        var instructorId = await CoursesApi.UserIdAsync(await factory.CreateClientForAsync("instructor@demo.local"));
        var offeringId = await CoursesApi.CreateOfferingAsync(coordinator, await CoursesApi.CreateCourseAsync(coordinator, [instructorId]));
        var url = $"/manage/offerings/{offeringId}";
        async Task<int> OfferingsAsync() => await factory.WithScopeAsync<HealthAiAcademy.Courses.Data.CoursesDbContext, int>(db => db.Offerings.CountAsync());

        var instructorPage = await factory.CreateCookieClientForAsync("instructor@demo.local");
        var before = await OfferingsAsync();
        var byInstructor = await instructorPage.PostAsync($"{url}?handler=Rerun", HealthAiAcademy.IntegrationTests.Identity.AccountPagesTests.Form(
            await HealthAiAcademy.IntegrationTests.Identity.AccountPagesTests.AntiforgeryTokenAsync(instructorPage, url),
            new Dictionary<string, string> { ["Rerun.CohortLabel"] = "Copied by an instructor", ["Rerun.ShiftDays"] = "364" }));
        var byInstructorApi = await (await factory.CreateClientForAsync("instructor@demo.local")).PostAsJsonAsync($"/api/courses/offerings/{offeringId}/rerun", new { cohortLabel = "2031", shiftDays = 364 });

        Assert.Equal(HttpStatusCode.Redirect, byInstructor.StatusCode);
        Assert.Contains("/account/access-denied", byInstructor.Headers.Location!.OriginalString, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, byInstructorApi.StatusCode);
        Assert.Equal(before, await OfferingsAsync());

        var coordinatorPage = await factory.CreateCookieClientForAsync("coordinator@demo.local");
        var byCoordinator = await coordinatorPage.PostAsync($"{url}?handler=Rerun", HealthAiAcademy.IntegrationTests.Identity.AccountPagesTests.Form(
            await HealthAiAcademy.IntegrationTests.Identity.AccountPagesTests.AntiforgeryTokenAsync(coordinatorPage, url),
            new Dictionary<string, string> { ["Rerun.CohortLabel"] = "Next year", ["Rerun.ShiftDays"] = "364" }));
        Assert.Equal(HttpStatusCode.Redirect, byCoordinator.StatusCode);
        Assert.Equal(before + 1, await OfferingsAsync());
    }
}

using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using HealthAiAcademy.BuildingBlocks.Authorization;
using HealthAiAcademy.Certification.Data;
using HealthAiAcademy.Certification.Domain;
using HealthAiAcademy.Certification.Features.Shared;
using HealthAiAcademy.Enrollment.Features.SendReminders;
using HealthAiAcademy.IntegrationTests.Certification;
using HealthAiAcademy.IntegrationTests.Courses;
using HealthAiAcademy.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace HealthAiAcademy.IntegrationTests.Foundation;

/// <summary>Who calls, in the authorization matrix: one of each kind of person an offering has around it.</summary>
[Flags]
public enum Caller
{
    None = 0,
    Anonymous = 1,

    /// <summary>The participant whose enrolment, hand-in, attempt, notification and certificate the ids name.</summary>
    Owner = 2,

    /// <summary>Enrolled in the same offering, so allowed its content, but not the owner's data.</summary>
    OtherParticipant = 4,

    /// <summary>Teaches the offering.</summary>
    Instructor = 8,

    /// <summary>An instructor, of other offerings only.</summary>
    OtherInstructor = 16,
    Coordinator = 32,
    Administrator = 64,

    Everyone = Anonymous | SignedIn,
    SignedIn = Participants | Staff,
    Participants = Owner | OtherParticipant,
    Staff = Instructor | OtherInstructor | Coordinators,
    OfferingStaff = Instructor | Coordinators,
    Coordinators = Coordinator | Administrator,
    OwnerAndOfferingStaff = Owner | OfferingStaff,
    OwnerAndCoordinators = Owner | Coordinators,
    OfferingPeople = Participants | OfferingStaff,

    /// <summary>The signed-in who neither own the data nor teach or run its offering.</summary>
    NotTheirs = OtherParticipant | OtherInstructor,
    AllButOwner = SignedIn & ~Owner,
}

/// <summary>
/// A small academy for the authorization matrix, built through the API on its own host: an offering under way taught
/// by the instructor, with the owner and another participant enrolled, content, a quiz with the owner's attempt, an
/// assignment with the owner's hand-in (a file), a bank question, a notification, and a completed offering with the
/// owner's certificate. Ids that a call uses up (deleting, withdrawing, cancelling) are made fresh for each call.
/// </summary>
public sealed class AuthorizationWorld : IAsyncLifetime
{
    public const string Password = "Matrix-Test-Password-2026";

    private readonly Dictionary<string, string> ids = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, Func<Task<string>>> fresh = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<Caller, (Guid Id, string Email, string[] Roles)> people = [];
    private HttpClient coordinator = null!;
    private HttpClient instructor = null!;
    private Guid instructorId;

    public AcademyFactory Host { get; } = AcademyFactory.Create(null, new Dictionary<string, string?>
    {
        ["RateLimiting:SignInPerMinute"] = "100000",
        ["RateLimiting:VerificationPerMinute"] = "100000",
    });

    public static IReadOnlyList<Caller> Callers { get; } =
        [Caller.Anonymous, Caller.Owner, Caller.OtherParticipant, Caller.Instructor, Caller.OtherInstructor, Caller.Coordinator, Caller.Administrator];

    public async Task InitializeAsync()
    {
        coordinator = await Host.CreateClientForAsync("coordinator@demo.local");
        instructor = await Host.CreateClientForAsync("instructor@demo.local");
        var admin = await Host.CreateClientForAsync("admin@demo.local");
        instructorId = await CoursesApi.UserIdAsync(instructor);
        people[Caller.Instructor] = (instructorId, "instructor@demo.local", [Roles.Participant, Roles.Instructor]);
        people[Caller.Coordinator] = (await CoursesApi.UserIdAsync(coordinator), "coordinator@demo.local", [Roles.Participant, Roles.Coordinator]);
        people[Caller.Administrator] = (await CoursesApi.UserIdAsync(admin), "admin@demo.local", [Roles.Participant, Roles.Administrator]);
        var (ownerId, ownerEmail) = await RegisterAsync("Olga Owner");
        people[Caller.Owner] = (ownerId, ownerEmail, [Roles.Participant]);
        var (otherId, otherEmail) = await RegisterAsync("Otto Other");
        people[Caller.OtherParticipant] = (otherId, otherEmail, [Roles.Participant]);
        var (otherInstructor, otherInstructorEmail) = await RegisterAsync("Ingrid Elsewhere");
        (await admin.PutAsync($"/api/admin/users/{otherInstructor}/roles/Instructor", null)).EnsureSuccessStatusCode();
        people[Caller.OtherInstructor] = (otherInstructor, otherInstructorEmail, [Roles.Participant, Roles.Instructor]);
        var victim = await RegisterAsync("Vera Victim");
        ids["victimId"] = victim.Id.ToString();
        // From here on the world acts with minted tokens: the matrix signs the real accounts out (sessions/revocation).
        coordinator = Api(Caller.Coordinator);
        instructor = Api(Caller.Instructor);
        ids["ownerId"] = people[Caller.Owner].Id.ToString();
        ids["userId"] = ids["ownerId"];
        ids["role"] = Roles.Instructor;
        ids["instructorId"] = instructorId.ToString();

        var owner = Api(Caller.Owner);
        var other = Api(Caller.OtherParticipant);
        var courseId = await CoursesApi.CreateCourseAsync(coordinator, [instructorId]);
        ids["courseId"] = courseId.ToString();
        var offeringId = await OfferingAsync(courseId, underWay: true);
        ids["offeringId"] = offeringId.ToString();
        var session = await CoursesApi.JsonAsync(await coordinator.PostAsJsonAsync($"/api/courses/offerings/{offeringId}/sessions",
            new { startsAt = CoursesApi.UnderWaySession(), durationMinutes = 60, topic = "Matrix session" }));
        ids["sessionId"] = session.GetProperty("id").GetGuid().ToString();
        await CoursesApi.DeclareForFacultyAsync(coordinator, offeringId);
        (await coordinator.PostAsync($"/api/courses/offerings/{offeringId}/publish", null)).EnsureSuccessStatusCode();
        ids["enrollmentId"] = (await EnrolAsync(owner, offeringId)).ToString();
        await EnrolAsync(other, offeringId);

        ids["moduleId"] = (await ModuleAsync(offeringId)).ToString();
        ids["lessonId"] = (await LessonAsync(Guid.Parse(ids["moduleId"]))).ToString();
        ids["questionId"] = (await QuestionAsync(offeringId)).ToString();
        var quiz = await CreatedAsync(await instructor.PostAsJsonAsync($"/api/assessment/offerings/{offeringId}/assessments",
            new { title = "Matrix quiz", kind = "Quiz", questionIds = new[] { Guid.Parse(ids["questionId"]) }, maxAttempts = 5 }));
        ids["quizId"] = quiz.ToString();
        ids["attemptId"] = (await CreatedAsync(await owner.PostAsync($"/api/assessment/assessments/{quiz}/attempts", null))).ToString();
        var assignment = await CreatedAsync(await instructor.PostAsJsonAsync($"/api/assessment/offerings/{offeringId}/assessments",
            new { title = "Matrix assignment", kind = "Assignment", acceptsText = true, acceptsFile = true, allowedFileExtensions = new[] { ".txt" }, maxPoints = 10 }));
        ids["assessmentId"] = assignment.ToString();
        ids["submissionId"] = (await CreatedAsync(await owner.PostAsJsonAsync($"/api/assessment/assessments/{assignment}/submissions",
            new { text = "My answer", file = new { fileName = "answer.txt", content = Encoding.UTF8.GetBytes("The answer") } }))).ToString();

        (await coordinator.PutAsJsonAsync($"/api/enrollment/offerings/{offeringId}/evaluation", new { useStandardTemplate = true })).EnsureSuccessStatusCode();
        (await coordinator.PostAsJsonAsync($"/api/enrollment/offerings/{offeringId}/announcements", new { subject = "Matrix news", message = "Room J1." })).EnsureSuccessStatusCode();
        // The announcement starts a sweep job of its own: whichever sweep claims the reminder first writes the notification.
        await Host.WithScopeAsync<ReminderSweep, int>(sweep => sweep.RunAsync(CancellationToken.None));
        var notificationId = (string?)null;
        await Eventually.TrueAsync(async () =>
        {
            var notifications = await CoursesApi.JsonAsync(await owner.GetAsync("/api/enrollment/me/notifications"));
            notificationId = notifications.EnumerateArray().Select(n => n.GetProperty("id").GetGuid().ToString()).FirstOrDefault();
            return notificationId is not null;
        }, "the announcement reached the owner");
        ids["notificationId"] = notificationId!;

        var completed = await CompletedOffering.CreateAsync(Host, [owner]);
        await CompletedOffering.WaitForCertificatesAsync(Host, completed, 1);
        ids["completedOfferingId"] = completed.ToString();
        var certificate = await Host.WithScopeAsync<CertificationDbContext, (Guid Id, string Code)>(async db =>
            await db.Certificates.Where(c => c.OfferingId == completed).Select(c => ValueTuple.Create(c.Id, c.VerificationCode)).SingleAsync());
        ids["certificateId"] = certificate.Id.ToString();
        ids["code"] = certificate.Code;
        ids["exportId"] = await Host.WithScopeAsync<CertificationDbContext, string>(async db =>
        {
            var export = new RegistryExport(Guid.NewGuid(), completed, "GAIA/KNMG", RegistryExportOptions.Fallback, onlyNew: false, Guid.NewGuid(), DateTime.UtcNow, []);
            db.RegistryExports.Add(export);
            await db.SaveChangesAsync();
            return export.Id.ToString();
        });
        var run = await coordinator.PostAsync($"/api/certification/offerings/{completed}/bulk-issue", null);
        ids["runId"] = (await CoursesApi.JsonAsync(run)).GetProperty("id").GetGuid().ToString();

        fresh["freshOfferingId"] = async () => (await OfferingAsync(courseId, underWay: false)).ToString();
        fresh["freshPublishedOfferingId"] = async () =>
        {
            var future = await OfferingAsync(courseId, underWay: false);
            await CoursesApi.DeclareForFacultyAsync(coordinator, future);
            (await coordinator.PostAsync($"/api/courses/offerings/{future}/publish", null)).EnsureSuccessStatusCode();
            return future.ToString();
        };
        fresh["freshSessionId"] = async () => (await CreatedAsync(await coordinator.PostAsJsonAsync($"/api/courses/offerings/{offeringId}/sessions",
            new { startsAt = "2030-07-01T10:00:00Z", durationMinutes = 30, topic = "To cancel" }))).ToString();
        fresh["freshModuleId"] = async () => (await ModuleAsync(offeringId)).ToString();
        async Task<string> ActivityAsync() => (await CreatedAsync(await owner.PostAsJsonAsync("/api/certification/me/cpd-activities", new
        {
            title = "Matrix congress", provider = "NVIC", completedOn = "2026-10-01", points = 4, registry = "GAIA/KNMG",
            evidence = new { fileName = "attendance.pdf", content = Encoding.UTF8.GetBytes("%PDF-1.4 matrix") },
        }))).ToString();
        ids["activityId"] = await ActivityAsync();
        fresh["freshActivityId"] = ActivityAsync;
        fresh["freshLessonId"] = async () => (await LessonAsync(Guid.Parse(ids["moduleId"]))).ToString();
        fresh["freshQuestionId"] = async () => (await QuestionAsync(offeringId)).ToString();
        fresh["freshEnrollmentId"] = async () => (await EnrolAsync(owner, Guid.Parse(await fresh["freshPublishedOfferingId"]()))).ToString();
        var organisation = Api(Caller.Administrator);
        var division = await CoursesApi.JsonAsync(await organisation.PostAsJsonAsync("/api/compliance/organisation/units", new { name = "Matrix division" }));
        ids["unitId"] = (await CoursesApi.JsonAsync(await organisation.PostAsJsonAsync("/api/compliance/organisation/units",
            new { name = "Matrix department", parentId = division.GetProperty("id").GetGuid() }))).GetProperty("id").GetGuid().ToString();
        var function = (await CoursesApi.JsonAsync(await organisation.PostAsJsonAsync("/api/compliance/organisation/functions", new { name = "Matrix nurse" }))).GetProperty("id").GetGuid();
        fresh["freshMemberId"] = async () =>
        {
            (await organisation.PostAsJsonAsync($"/api/compliance/organisation/units/{ids["unitId"]}/members", new { email = victim.Email, functionId = function })).EnsureSuccessStatusCode();
            return victim.Id.ToString();
        };
        ids["systemId"] = (await CoursesApi.JsonAsync(await organisation.PostAsJsonAsync("/api/compliance/systems", new
        {
            name = "Matrix sepsis model", vendor = "Matrix", intendedPurpose = "Matrix", riskClass = "High", ownerEmail = "admin@demo.local", status = "InUse",
            unitIds = new[] { Guid.Parse(ids["unitId"]) },
        }))).GetProperty("id").GetGuid().ToString();
        async Task<string> RequirementAsync() => (await CoursesApi.JsonAsync(await organisation.PostAsJsonAsync("/api/compliance/requirements", new
        {
            title = "Matrix requirement", kind = "Operation", systemId = Guid.Parse(ids["systemId"]), courseIds = new[] { courseId }, validForMonths = 24,
        }))).GetProperty("id").GetGuid().ToString();
        ids["requirementId"] = await RequirementAsync();
        fresh["freshRequirementId"] = RequirementAsync;
        fresh["freshOverseerId"] = async () =>
        {
            (await organisation.PostAsJsonAsync($"/api/compliance/systems/{ids["systemId"]}/overseers", new { email = victim.Email })).EnsureSuccessStatusCode();
            return victim.Id.ToString();
        };
        (await organisation.PostAsJsonAsync($"/api/compliance/organisation/units/{ids["unitId"]}/members", new { email = people[Caller.Owner].Email, functionId = function }))
            .EnsureSuccessStatusCode();
        // Each equivalent waits on a requirement of its own: a second one for the same requirement is refused while one waits.
        async Task<string> EquivalentAsync() => (await CreatedAsync(await owner.PostAsJsonAsync("/api/compliance/me/equivalents", new
        {
            requirementId = Guid.Parse(await RequirementAsync()), title = "Matrix e-learning", provider = "NVIC", completedOn = "2026-10-01",
            evidence = new { fileName = "certificate.pdf", content = Encoding.UTF8.GetBytes("%PDF-1.4 matrix") },
        }))).ToString();
        ids["equivalentId"] = await EquivalentAsync();
        fresh["freshEquivalentId"] = EquivalentAsync;
        ids["reportId"] = (await CoursesApi.JsonAsync(await organisation.PostAsJsonAsync("/api/compliance/evidence-reports", new { unitId = Guid.Parse(ids["unitId"]) })))
            .GetProperty("id").GetGuid().ToString();
        fresh["freshClientId"] = async () => (await CoursesApi.JsonAsync(await organisation.PostAsJsonAsync("/api/compliance/api-clients", new { name = "Matrix EHR" })))
            .GetProperty("id").GetGuid().ToString();
        fresh["calendarToken"] = async () =>
        {
            var url = (await CoursesApi.JsonAsync(await owner.GetAsync("/api/courses/me/calendar-feed"))).GetProperty("url").GetString()!;
            return url[(url.LastIndexOf('/') + 1)..].Replace(".ics", "", StringComparison.Ordinal);
        };
    }

    public async Task DisposeAsync() => await Host.DisposeAsync();

    /// <summary>A bearer client minted for the caller's account (no security stamp, so no call in the matrix signs it out); no redirects followed.</summary>
    public HttpClient Api(Caller caller)
    {
        var client = Host.CreateClient(new() { AllowAutoRedirect = false });
        if (caller != Caller.Anonymous)
        {
            var (id, _, roles) = people[caller];
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", Host.BearerTokenFor(id, roles));
        }

        return client;
    }

    /// <summary>A browser-like client signed in with the caller's password (a cookie); no redirects followed.</summary>
    public async Task<HttpClient> PagesAsync(Caller caller)
    {
        if (caller == Caller.Anonymous)
        {
            return Host.CreateClient(new() { AllowAutoRedirect = false });
        }

        var (_, email, _) = people[caller];
        return email.EndsWith("@demo.local", StringComparison.Ordinal)
            ? await Host.CreateCookieClientForAsync(email)
            : await Host.CreateCookieClientForAsync(email, password: Password);
    }

    /// <summary>The path with every <c>{name}</c> filled: the world's ids, or a fresh one where the name starts with "fresh" or is the calendar token.</summary>
    public async Task<string> FillAsync(string template)
    {
        var url = template;
        foreach (System.Text.RegularExpressions.Match match in System.Text.RegularExpressions.Regex.Matches(template, "{([^}:?]+)[^}]*}"))
        {
            var name = match.Groups[1].Value;
            var value = fresh.TryGetValue(name, out var make) ? await make()
                : ids.TryGetValue(name, out var known) ? known
                : throw new InvalidOperationException($"The matrix has no value for {{{name}}} in {template}: add it to the world or give the row a path.");
            url = url.Replace(match.Value, value, StringComparison.Ordinal);
        }

        return url;
    }

    private async Task<(Guid Id, string Email)> RegisterAsync(string name)
    {
        var email = $"{Guid.NewGuid():N}@matrix.example";
        var response = await Host.CreateClient().PostAsJsonAsync("/api/auth/register", new { email, password = Password, fullName = name });
        response.EnsureSuccessStatusCode();
        return ((await CoursesApi.JsonAsync(response)).GetProperty("id").GetGuid(), email);
    }

    private async Task<Guid> OfferingAsync(Guid courseId, bool underWay) =>
        await CoursesApi.CreateOfferingAsync(coordinator, courseId, body =>
        {
            body["enrollmentPolicy"] = "Open";
            body["capacity"] = 100;
            body["instructorIds"] = new[] { instructorId };
            if (underWay)
            {
                CoursesApi.UnderWay(body);
            }
        });

    private static async Task<Guid> EnrolAsync(HttpClient participant, Guid offeringId) =>
        await CreatedAsync(await participant.PostAsJsonAsync($"/api/enrollment/offerings/{offeringId}/enrollments", new { }));

    private async Task<Guid> ModuleAsync(Guid offeringId) =>
        await CreatedAsync(await instructor.PostAsJsonAsync($"/api/courses/offerings/{offeringId}/content/modules", new { title = "Matrix module" }));

    private async Task<Guid> LessonAsync(Guid moduleId) =>
        await CreatedAsync(await instructor.PostAsJsonAsync($"/api/courses/content/modules/{moduleId}/lessons", new { title = "Matrix lesson", kind = "Text", body = "Read this." }));

    private async Task<Guid> QuestionAsync(Guid offeringId) =>
        await CreatedAsync(await instructor.PostAsJsonAsync($"/api/assessment/offerings/{offeringId}/questions",
            new { type = "Numeric", prompt = "How many?", points = 1, correctNumber = 3, tolerance = 0 }));

    private static async Task<Guid> CreatedAsync(HttpResponseMessage response)
    {
        Assert.True(response.IsSuccessStatusCode, $"{response.RequestMessage?.RequestUri}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return (await CoursesApi.JsonAsync(response)).GetProperty("id").GetGuid();
    }
}

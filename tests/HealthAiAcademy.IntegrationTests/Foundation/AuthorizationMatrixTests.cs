using System.Net;
using System.Reflection;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.RazorPages;
using static HealthAiAcademy.IntegrationTests.Foundation.Caller;

namespace HealthAiAcademy.IntegrationTests.Foundation;

/// <summary>
/// Issue 18, item 3: who may call what, as one table. Every operation of the OpenAPI document and every page handler
/// (found by reflection) has a row saying which callers it serves; every other caller must be refused (401 or the sign-in
/// page for visitors; 403, the access-denied page or 404 for the signed-in, as the row says). Each cell is driven through
/// the real host with real ids of the world (an owner's enrolment, hand-in, attempt, notification and certificate). A new
/// operation or handler without a row fails the test, and so does a row for something that no longer exists.
/// </summary>
public sealed partial class AuthorizationMatrixTests(AuthorizationWorld world, Xunit.Abstractions.ITestOutputHelper output) : IClassFixture<AuthorizationWorld>
{
    /// <summary>What a cell answered, in the terms the table uses.</summary>
    private enum Answer
    {
        Served,
        Unauthenticated,
        Forbidden,
        NotFound,
        ServerError,
    }

    /// <param name="Allowed">Who the operation serves: their answer is anything but a refusal (data, 400 for the empty body, 409 for the state).</param>
    /// <param name="Refused">How a signed-in caller outside <paramref name="Allowed"/> is refused.</param>
    /// <param name="Path">The path with the world's names, where the operation's own names are not the right ids.</param>
    /// <param name="Visitor">How a visitor is refused, where that is not 401 / the sign-in page.</param>
    /// <param name="Body">The body an API call sends (content type, text); an empty JSON object unless said.</param>
    /// <param name="ServedAs">How serving looks where it is not a page or data (signing out everywhere sends to the sign-in page).</param>
    /// <param name="Hidden">Signed-in callers refused with 404 (the thing is not theirs to know of) instead of <paramref name="Refused"/>.</param>
    private sealed record Row(string Operation, Caller Allowed, Answer Refused = Answer.Forbidden, string? Path = null, Answer Visitor = Answer.Unauthenticated, Caller Hidden = Caller.None)
    {
        public (string ContentType, string Text) Body { get; init; } = ("application/json", "{}");

        public Answer ServedAs { get; init; } = Answer.Served;
    }

    private static Row Api(string operation, Caller allowed, Caller hidden = Caller.None, string? path = null) =>
        new(operation, allowed, Answer.Forbidden, path, Answer.Unauthenticated, hidden);

    /// <summary>Every operation of the API, in the document's order.</summary>
    private static readonly Row[] ApiRows =
    [
        Api("POST /api/auth/register", Everyone),
        Api("POST /api/auth/login", Everyone),
        Api("POST /api/auth/refresh", Everyone),
        Api("POST /api/auth/sessions/revocation", SignedIn),
        Api("POST /api/auth/forgot-password", Everyone),
        Api("POST /api/auth/reset-password", Everyone),
        Api("POST /api/auth/password", SignedIn),
        Api("POST /api/auth/email", SignedIn),
        Api("GET /api/auth/me", SignedIn),
        Api("PUT /api/auth/me", SignedIn),
        Api("GET /api/auth/me/personal-data", SignedIn),
        Api("GET /api/auth/antiforgery", SignedIn),
        Api("GET /api/admin/users", Administrator),
        Api("GET /api/admin/users/{userId}", Administrator, path: "/api/admin/users/{victimId}"),
        Api("POST /api/admin/users/invitations", Administrator),
        Api("POST /api/admin/users/{userId}/invitation", Administrator, path: "/api/admin/users/{victimId}/invitation"),
        Api("PUT /api/admin/users/{userId}/roles/{role}", Administrator, path: "/api/admin/users/{victimId}/roles/{role}"),
        Api("DELETE /api/admin/users/{userId}/roles/{role}", Administrator, path: "/api/admin/users/{victimId}/roles/{role}"),
        Api("POST /api/admin/users/{userId}/deactivation", Administrator, path: "/api/admin/users/{victimId}/deactivation"),
        Api("DELETE /api/admin/users/{userId}/deactivation", Administrator, path: "/api/admin/users/{victimId}/deactivation"),
        Api("POST /api/admin/users/{userId}/erasure", Administrator, path: "/api/admin/users/{victimId}/erasure"),
        Api("GET /api/admin/audit", Administrator),
        Api("GET /api/admin/audit.csv", Administrator),
        Api("GET /api/staff", Staff),
        Api("GET /api/courses/offerings", Everyone),
        Api("POST /api/courses/offerings", Coordinators),
        Api("GET /api/courses/offerings/{offeringId}", Everyone),
        Api("PUT /api/courses/offerings/{offeringId}", OfferingStaff),
        Api("PUT /api/courses/offerings/{offeringId}/disclosures/{instructorId}", OfferingStaff, OtherInstructor),
        Api("GET /api/courses/offerings/{offeringId}/disclosures", OfferingStaff, OtherInstructor),
        Api("POST /api/courses/courses", Coordinators),
        Api("GET /api/courses/courses", Staff),
        Api("PUT /api/courses/courses/{courseId}", Coordinators),
        Api("GET /api/courses/courses/{courseId}", Staff),
        Api("POST /api/courses/offerings/{offeringId}/publish", Coordinators, path: "/api/courses/offerings/{freshOfferingId}/publish"),
        Api("POST /api/courses/offerings/{offeringId}/close", Coordinators, path: "/api/courses/offerings/{freshOfferingId}/close"),
        Api("POST /api/courses/offerings/{offeringId}/complete", Coordinators, path: "/api/courses/offerings/{freshOfferingId}/complete"),
        Api("POST /api/courses/offerings/{offeringId}/cancel", Coordinators, path: "/api/courses/offerings/{freshOfferingId}/cancel"),
        Api("POST /api/courses/offerings/{offeringId}/rerun", Coordinators),
        Api("GET /api/courses/manage/offerings", Staff),
        Api("GET /api/courses/manage/offerings/{offeringId}", OfferingStaff, OtherInstructor),
        Api("POST /api/courses/offerings/{offeringId}/sessions", OfferingStaff),
        Api("PUT /api/courses/sessions/{sessionId}", OfferingStaff),
        Api("POST /api/courses/sessions/{sessionId}/cancel", OfferingStaff, path: "/api/courses/sessions/{freshSessionId}/cancel"),
        Api("GET /api/courses/offerings/{offeringId}/sessions.ics", Everyone),
        Api("GET /api/courses/calendar/{token}.ics", Everyone, path: "/api/courses/calendar/{calendarToken}.ics"),
        Api("GET /api/courses/me/calendar-feed", SignedIn),
        Api("POST /api/courses/me/calendar-feed/renew", SignedIn),
        Api("GET /api/courses/offerings/{offeringId}/content", OfferingPeople),
        Api("POST /api/courses/offerings/{offeringId}/content/modules", OfferingStaff),
        Api("POST /api/courses/content/modules/{moduleId}/lessons", OfferingStaff),
        Api("PUT /api/courses/content/lessons/{lessonId}", OfferingStaff),
        Api("DELETE /api/courses/content/lessons/{lessonId}", OfferingStaff, path: "/api/courses/content/lessons/{freshLessonId}"),
        Api("PUT /api/courses/content/modules/{moduleId}", OfferingStaff),
        Api("DELETE /api/courses/content/modules/{moduleId}", OfferingStaff, path: "/api/courses/content/modules/{freshModuleId}"),
        Api("POST /api/enrollment/offerings/{offeringId}/enrollments", SignedIn, path: "/api/enrollment/offerings/{freshPublishedOfferingId}/enrollments"),
        Api("GET /api/enrollment/me", SignedIn),
        Api("GET /api/enrollment/enrollments/{enrollmentId}", OwnerAndOfferingStaff, NotTheirs),
        Api("POST /api/enrollment/enrollments/{enrollmentId}/withdraw", OwnerAndCoordinators, NotTheirs, path: "/api/enrollment/enrollments/{freshEnrollmentId}/withdraw"),
        Api("POST /api/enrollment/enrollments/{enrollmentId}/approve", Coordinators),
        Api("POST /api/enrollment/enrollments/{enrollmentId}/reject", Coordinators),
        Api("POST /api/enrollment/enrollments/{enrollmentId}/no-show", Coordinators, path: "/api/enrollment/enrollments/{freshEnrollmentId}/no-show"),
        Api("POST /api/enrollment/enrollments/{enrollmentId}/accept-offer", OwnerAndCoordinators, NotTheirs),
        Api("GET /api/enrollment/me/notifications", SignedIn),
        Api("POST /api/enrollment/me/notifications/{notificationId}/read", Owner, AllButOwner),
        Api("GET /api/enrollment/me/reminder-preferences", SignedIn),
        Api("PUT /api/enrollment/me/reminder-preferences", SignedIn),
        Api("GET /api/enrollment/sessions/{sessionId}/attendance", OfferingStaff),
        Api("PUT /api/enrollment/sessions/{sessionId}/attendance", OfferingStaff),
        Api("GET /api/enrollment/enrollments/{enrollmentId}/attendance", OwnerAndOfferingStaff, NotTheirs),
        Api("GET /api/enrollment/offerings/{offeringId}/attendance.csv", OfferingStaff),
        Api("POST /api/enrollment/offerings/{offeringId}/past-run/attendance", Coordinators) with { Body = ("text/csv", "Email;Full name\n") },
        Api("POST /api/enrollment/offerings/{offeringId}/announcements", OfferingStaff, OtherInstructor),
        Api("GET /api/enrollment/offerings/{offeringId}/announcements", OfferingPeople, OtherInstructor),
        Api("PUT /api/enrollment/offerings/{offeringId}/evaluation", Coordinators),
        Api("GET /api/enrollment/offerings/{offeringId}/evaluation", OfferingStaff, OtherInstructor),
        Api("GET /api/enrollment/offerings/{offeringId}/evaluation/report", OfferingStaff, OtherInstructor),
        Api("GET /api/enrollment/offerings/{offeringId}/evaluation/report.csv", OfferingStaff, OtherInstructor),
        Api("GET /api/enrollment/me/offerings/{offeringId}/evaluation", Participants, Staff),
        Api("POST /api/enrollment/me/offerings/{offeringId}/evaluation", Participants, Staff),
        Api("GET /api/enrollment/enrollments/{enrollmentId}/progress", Owner, AllButOwner),
        Api("PUT /api/enrollment/enrollments/{enrollmentId}/lessons/{lessonId}/done", Owner, AllButOwner),
        Api("DELETE /api/enrollment/enrollments/{enrollmentId}/lessons/{lessonId}/done", Owner, AllButOwner),
        Api("GET /api/enrollment/offerings/{offeringId}/roster", OfferingStaff),
        Api("POST /api/assessment/offerings/{offeringId}/assessments", OfferingStaff),
        Api("GET /api/assessment/offerings/{offeringId}/assessments", OfferingPeople),
        Api("GET /api/assessment/assessments/{assessmentId}", OfferingPeople, OtherInstructor),
        Api("PUT /api/assessment/assessments/{assessmentId}", OfferingStaff),
        Api("PUT /api/assessment/assessments/{assessmentId}/extensions/{userId}", OfferingStaff),
        Api("PUT /api/assessment/assessments/{assessmentId}/required-for-completion", OfferingStaff),
        Api("POST /api/assessment/offerings/{offeringId}/questions", OfferingStaff),
        Api("GET /api/assessment/offerings/{offeringId}/questions", OfferingStaff),
        Api("PUT /api/assessment/offerings/{offeringId}/questions/{questionId}", OfferingStaff),
        Api("DELETE /api/assessment/offerings/{offeringId}/questions/{questionId}", OfferingStaff, path: "/api/assessment/offerings/{offeringId}/questions/{freshQuestionId}"),
        Api("POST /api/assessment/assessments/{assessmentId}/attempts", Participants, Staff, path: "/api/assessment/assessments/{quizId}/attempts"),
        Api("GET /api/assessment/attempts/{attemptId}", Owner, AllButOwner),
        Api("POST /api/assessment/attempts/{attemptId}/submit", Owner, AllButOwner),
        Api("POST /api/assessment/assessments/{assessmentId}/submissions", Participants, Staff),
        Api("GET /api/assessment/submissions/{submissionId}/file", OwnerAndOfferingStaff, NotTheirs),
        Api("GET /api/assessment/grading-queue", Staff),
        Api("GET /api/assessment/submissions/{submissionId}", OfferingStaff),
        Api("PUT /api/assessment/submissions/{submissionId}/grade", OfferingStaff),
        Api("POST /api/assessment/assessments/{assessmentId}/release", OfferingStaff),
        Api("GET /api/assessment/offerings/{offeringId}/gradebook", OfferingStaff),
        Api("GET /api/certification/me/certificates", SignedIn),
        Api("GET /api/certification/me/cpd", SignedIn),
        Api("GET /api/certification/me/cpd-dossier", SignedIn),
        Api("GET /api/certification/me/cpd-dossier.csv", SignedIn),
        Api("GET /api/certification/me/cpd-dossier.pdf", SignedIn),
        Api("POST /api/certification/me/cpd-activities", SignedIn),
        Api("DELETE /api/certification/me/cpd-activities/{activityId}", Owner, AllButOwner, path: "/api/certification/me/cpd-activities/{freshActivityId}"),
        Api("GET /api/certification/me/cpd-activities/{activityId}/evidence", Owner, AllButOwner),
        Api("PUT /api/certification/me/cpd-cycle", SignedIn),
        Api("GET /api/certification/certificates/{certificateId}/pdf", OwnerAndCoordinators, NotTheirs | Instructor),
        Api("GET /api/certification/verify/{code}", Everyone),
        Api("POST /api/certification/certificates/{certificateId}/revoke", Coordinators),
        Api("POST /api/certification/certificates/{certificateId}/reissue", Coordinators),
        Api("GET /api/certification/offerings/{offeringId}/certificates", Coordinators, path: "/api/certification/offerings/{completedOfferingId}/certificates"),
        Api("POST /api/certification/offerings/{offeringId}/bulk-issue", Coordinators, path: "/api/certification/offerings/{completedOfferingId}/bulk-issue"),
        Api("GET /api/certification/bulk-issue/{runId}", Coordinators),
        Api("GET /api/certification/offerings/{offeringId}/certificates.zip", Coordinators, path: "/api/certification/offerings/{completedOfferingId}/certificates.zip"),
        Api("GET /api/certification/offerings/{offeringId}/registry-exports", Coordinators, path: "/api/certification/offerings/{completedOfferingId}/registry-exports"),
        Api("POST /api/certification/offerings/{offeringId}/registry-exports", Coordinators, path: "/api/certification/offerings/{completedOfferingId}/registry-exports"),
        Api("GET /api/certification/registry-exports/{exportId}/file", Coordinators),
        Api("POST /api/certification/certificates/announcements", Administrator),
        Api("GET /api/compliance/organisation", Coordinators),
        Api("GET /api/compliance/organisation/units/{unitId}", Coordinators),
        Api("POST /api/compliance/organisation/units", Administrator),
        Api("PUT /api/compliance/organisation/units/{unitId}", Administrator),
        Api("POST /api/compliance/organisation/functions", Administrator),
        Api("POST /api/compliance/organisation/units/{unitId}/members", Administrator),
        Api("DELETE /api/compliance/organisation/units/{unitId}/members/{userId}", Administrator, path: "/api/compliance/organisation/units/{unitId}/members/{freshMemberId}"),
        Api("POST /api/compliance/organisation/hr-imports", Administrator) with { Body = ("text/csv", "Email;Division\n") },
        Api("GET /api/compliance/organisation/hr-imports", Administrator),
        Api("GET /api/compliance/systems", Coordinators),
        Api("GET /api/compliance/systems/{systemId}", Coordinators),
        Api("POST /api/compliance/systems", Administrator),
        Api("PUT /api/compliance/systems/{systemId}", Administrator),
        Api("POST /api/compliance/systems/{systemId}/overseers", Administrator),
        Api("DELETE /api/compliance/systems/{systemId}/overseers/{userId}", Administrator, path: "/api/compliance/systems/{systemId}/overseers/{freshOverseerId}"),
        Api("GET /api/compliance/requirements", Coordinators),
        Api("POST /api/compliance/requirements", Administrator),
        Api("PUT /api/compliance/requirements/{requirementId}", Administrator),
        Api("DELETE /api/compliance/requirements/{requirementId}", Administrator, path: "/api/compliance/requirements/{freshRequirementId}"),
        Api("GET /api/compliance/me/obligations", SignedIn),
        // Hospital systems only, by API key (StatusApiTests): a person's sign-in is no key.
        new("GET /api/compliance/systems/{systemId}/operators/{personRef}", None, Answer.Unauthenticated, "/api/compliance/systems/{systemId}/operators/participant@demo.local"),
        Api("POST /api/compliance/api-clients", Administrator),
        Api("GET /api/compliance/api-clients", Administrator),
        Api("DELETE /api/compliance/api-clients/{clientId}", Administrator, path: "/api/compliance/api-clients/{freshClientId}"),
        Api("GET /api/compliance/organisation/units/{unitId}/coverage-trend", Coordinators),
        Api("POST /api/compliance/me/equivalents", SignedIn),
        Api("GET /api/compliance/equivalents", Coordinators),
        Api("POST /api/compliance/equivalents/{equivalentId}/decision", Coordinators, path: "/api/compliance/equivalents/{freshEquivalentId}/decision"),
        Api("POST /api/compliance/equivalents/{equivalentId}/withdrawal", OwnerAndCoordinators, SignedIn & ~OwnerAndCoordinators,
            path: "/api/compliance/equivalents/{freshEquivalentId}/withdrawal"),
        Api("GET /api/compliance/equivalents/{equivalentId}/evidence", OwnerAndCoordinators, SignedIn & ~OwnerAndCoordinators),
        Api("POST /api/compliance/evidence-reports", Coordinators),
        Api("GET /api/compliance/evidence-reports", Coordinators),
        Api("GET /api/compliance/evidence-reports/{reportId}/pdf", Coordinators),
        Api("GET /api/compliance/evidence-reports/{reportId}/csv", Coordinators),
    ];

    private static Row Page(string handler, string path, Caller allowed, Caller hidden = Caller.None, Answer refused = Answer.Forbidden, Answer visitor = Answer.Unauthenticated) =>
        new(handler, allowed, refused, path, visitor, hidden);

    /// <summary>Every page handler: page model (module, folder, page) and handler, the path it answers on, who it serves.</summary>
    private static readonly Row[] PageRows =
    [
        Page("Host.Account.CheckEmail GET", "/account/check-email", Everyone),
        Page("Host.Account.ConfirmEmail GET", "/account/confirm-email", Everyone),
        Page("Host.Account.ConfirmEmail POST", "/account/confirm-email", Everyone),
        Page("Host.Account.ConfirmEmailChange GET", "/account/confirm-email-change", Everyone),
        Page("Host.Account.Email GET", "/account/email", SignedIn),
        Page("Host.Account.Email POST", "/account/email", SignedIn),
        // Single sign-on is off in this host: the provider's pages do not exist for anyone.
        Page("Host.Account.ExternalLogin GET", "/account/external-login", None, refused: Answer.Unauthenticated),
        Page("Host.Account.ExternalLogin POST", "/account/external-login", None, refused: Answer.NotFound, visitor: Answer.NotFound),
        Page("Host.Account.ExternalLogin GET Callback", "/account/external-login?handler=Callback", Everyone),
        Page("Host.Account.ForgotPassword GET", "/account/forgot-password", Everyone),
        Page("Host.Account.ForgotPassword POST", "/account/forgot-password", Everyone),
        Page("Host.Account.Login GET", "/account/login", Everyone),
        Page("Host.Account.Login POST", "/account/login", Everyone),
        // Without a first factor just given, the second-factor page sends everyone back to sign in.
        Page("Host.Account.LoginTwoFactor GET", "/account/login-2fa", None, refused: Answer.Unauthenticated),
        Page("Host.Account.LoginTwoFactor POST", "/account/login-2fa", None, refused: Answer.Unauthenticated),
        Page("Host.Account.Logout GET", "/account/logout", Everyone),
        Page("Host.Account.Logout POST", "/account/logout", Everyone),
        Page("Host.Account.Password GET", "/account/password", SignedIn),
        Page("Host.Account.Password POST", "/account/password", SignedIn),
        Page("Host.Account.Profile GET", "/account/profile", SignedIn),
        Page("Host.Account.Profile POST", "/account/profile", SignedIn),
        Page("Host.Account.Profile POST SignOutEverywhere", "/account/profile?handler=SignOutEverywhere", SignedIn) with { ServedAs = Answer.Unauthenticated },
        Page("Host.Account.Register GET", "/account/register", Everyone),
        Page("Host.Account.Register POST", "/account/register", Everyone),
        Page("Host.Account.ResetPassword GET", "/account/reset-password", Everyone),
        Page("Host.Account.ResetPassword POST", "/account/reset-password", Everyone),
        Page("Host.Account.SetPassword GET", "/account/set-password", Everyone),
        Page("Host.Account.SetPassword POST", "/account/set-password", Everyone),
        Page("Host.Account.SetPassword POST Resend", "/account/set-password?handler=Resend", Everyone),
        Page("Host.Account.TwoFactor GET", "/account/two-factor", SignedIn),
        Page("Host.Account.TwoFactor POST", "/account/two-factor", SignedIn),
        Page("Host.Account.TwoFactor POST RenewCodes", "/account/two-factor?handler=RenewCodes", SignedIn),
        Page("Host.Account.TwoFactor POST Disable", "/account/two-factor?handler=Disable", SignedIn),
        Page("Host.Account.AccessDenied GET", "/account/access-denied", Everyone),
        Page("Host.Admin.Audit GET", "/admin/audit", Administrator),
        Page("Host.Admin.Outbox GET", "/admin/outbox", Administrator),
        Page("Host.Admin.Outbox POST Retry", "/admin/outbox?handler=Retry", Administrator),
        Page("Host.Admin.Users.Details GET", "/admin/users/{victimId}", Administrator),
        Page("Host.Admin.Users.Details POST Grant", "/admin/users/{victimId}?handler=Grant", Administrator),
        Page("Host.Admin.Users.Details POST Revoke", "/admin/users/{victimId}?handler=Revoke", Administrator),
        Page("Host.Admin.Users.Details POST Deactivate", "/admin/users/{victimId}?handler=Deactivate", Administrator),
        Page("Host.Admin.Users.Details POST Reactivate", "/admin/users/{victimId}?handler=Reactivate", Administrator),
        Page("Host.Admin.Users.Details POST Erase", "/admin/users/{victimId}?handler=Erase", Administrator),
        Page("Host.Admin.Users.Details POST Resend", "/admin/users/{victimId}?handler=Resend", Administrator),
        Page("Host.Admin.Users.Index GET", "/admin/users", Administrator),
        Page("Host.Admin.Users.Invite GET", "/admin/users/invite", Administrator),
        Page("Host.Admin.Users.Invite POST", "/admin/users/invite", Administrator),
        Page("Host.Error GET", "/error", Everyone),
        Page("Host.Error POST", "/error", Everyone),
        Page("Host.Index GET", "/", Everyone),
        Page("Host.Language GET", "/language", Everyone),
        Page("Host.Language POST", "/language", Everyone),
        Page("Host.Privacy GET", "/privacy", Everyone),
        Page("Host.Status GET", "/status/404", Everyone),
        Page("Host.Status POST", "/status/404", Everyone),
        Page("Assessment.Grading.Queue GET", "/grading", Staff),
        Page("Assessment.Grading.Submission GET", "/grading/submissions/{submissionId}", OfferingStaff),
        Page("Assessment.Grading.Submission POST", "/grading/submissions/{submissionId}", OfferingStaff),
        Page("Assessment.Grading.Submission POST Release", "/grading/submissions/{submissionId}?handler=Release&assessmentId={assessmentId}", OfferingStaff),
        Page("Assessment.Learning.Assessments GET", "/learning/offerings/{offeringId}/assessments", OfferingPeople, OtherInstructor),
        Page("Assessment.Learning.Assessments POST Start", "/learning/offerings/{offeringId}/assessments?handler=Start&assessmentId={quizId}", Participants, Staff),
        Page("Assessment.Learning.Assignment GET", "/learning/assignments/{assessmentId}", Participants, Staff),
        Page("Assessment.Learning.Assignment POST", "/learning/assignments/{assessmentId}", Participants, Staff),
        Page("Assessment.Learning.Attempt GET", "/learning/attempts/{attemptId}", Owner, AllButOwner),
        Page("Assessment.Learning.Attempt POST", "/learning/attempts/{attemptId}", Owner, AllButOwner),
        Page("Assessment.Manage.EditAssessment GET", "/manage/assessments/{assessmentId}/edit", OfferingStaff, OtherInstructor),
        Page("Assessment.Manage.EditAssessment POST", "/manage/assessments/{assessmentId}/edit", OfferingStaff),
        Page("Assessment.Manage.EditQuestion GET", "/manage/offerings/{offeringId}/questions/{questionId}", OfferingStaff),
        Page("Assessment.Manage.EditQuestion POST", "/manage/offerings/{offeringId}/questions/{questionId}", OfferingStaff),
        Page("Assessment.Manage.EditQuestion POST Delete", "/manage/offerings/{offeringId}/questions/{freshQuestionId}?handler=Delete", OfferingStaff),
        Page("Assessment.Manage.Extensions GET", "/manage/assessments/{assessmentId}/extensions", OfferingStaff),
        Page("Assessment.Manage.Extensions POST", "/manage/assessments/{assessmentId}/extensions", OfferingStaff),
        Page("Assessment.Manage.Gradebook GET", "/manage/offerings/{offeringId}/gradebook", OfferingStaff),
        Page("Assessment.Manage.Gradebook POST Release", "/manage/offerings/{offeringId}/gradebook?handler=Release&assessmentId={assessmentId}", OfferingStaff),
        Page("Assessment.Manage.NewAssessment GET", "/manage/offerings/{offeringId}/assessments/new", OfferingStaff),
        Page("Assessment.Manage.NewAssessment POST", "/manage/offerings/{offeringId}/assessments/new", OfferingStaff),
        Page("Assessment.Manage.Questions GET", "/manage/offerings/{offeringId}/questions", OfferingStaff),
        Page("Assessment.Manage.Questions POST", "/manage/offerings/{offeringId}/questions", OfferingStaff),
        Page("Certification.Learning.Certificates GET", "/learning/certificates", SignedIn),
        Page("Certification.Learning.Cpd GET", "/learning/cpd", SignedIn),
        Page("Certification.Learning.Cpd POST Add", "/learning/cpd?handler=Add", SignedIn),
        Page("Certification.Learning.Cpd POST Cycle", "/learning/cpd?handler=Cycle", SignedIn),
        Page("Certification.Learning.Cpd POST Remove", "/learning/cpd?handler=Remove&activityId={freshActivityId}", Owner, AllButOwner),
        Page("Certification.Manage.Certificates GET", "/manage/offerings/{completedOfferingId}/certificates", Coordinators),
        Page("Certification.Manage.Certificates POST Issue", "/manage/offerings/{completedOfferingId}/certificates?handler=Issue", Coordinators),
        Page("Certification.Manage.Certificates POST Revoke", "/manage/offerings/{completedOfferingId}/certificates?handler=Revoke&certificateId={certificateId}", Coordinators),
        Page("Certification.Manage.Certificates POST Reissue", "/manage/offerings/{completedOfferingId}/certificates?handler=Reissue&certificateId={certificateId}", Coordinators),
        Page("Certification.Verify.Index GET", "/verify/{code}", Everyone),
        Page("Certification.Manage.RegistryExports GET", "/manage/offerings/{completedOfferingId}/registry-exports", Coordinators),
        Page("Certification.Manage.RegistryExports POST Export", "/manage/offerings/{completedOfferingId}/registry-exports?handler=Export", Coordinators),
        Page("Compliance.Manage.Organisation GET", "/manage/organisation", Coordinators),
        Page("Compliance.Manage.Organisation POST Unit", "/manage/organisation?handler=Unit", Administrator),
        Page("Compliance.Manage.Organisation POST Function", "/manage/organisation?handler=Function", Administrator),
        Page("Compliance.Manage.Unit GET", "/manage/organisation/units/{unitId}", Coordinators),
        Page("Compliance.Manage.Unit POST Assign", "/manage/organisation/units/{unitId}?handler=Assign", Administrator),
        Page("Compliance.Manage.Unit POST End", "/manage/organisation/units/{unitId}?handler=End&userId={freshMemberId}", Administrator),
        Page("Compliance.Manage.Unit POST Rename", "/manage/organisation/units/{unitId}?handler=Rename", Administrator),
        Page("Compliance.Manage.HrImport GET", "/manage/organisation/import", Administrator),
        Page("Compliance.Manage.HrImport POST", "/manage/organisation/import", Administrator),
        Page("Compliance.Manage.AiSystems GET", "/manage/ai-systems", Coordinators),
        Page("Compliance.Manage.AiSystems POST", "/manage/ai-systems", Administrator),
        Page("Compliance.Manage.AiSystem GET", "/manage/ai-systems/{systemId}", Coordinators),
        Page("Compliance.Manage.AiSystem POST Save", "/manage/ai-systems/{systemId}?handler=Save", Administrator),
        Page("Compliance.Manage.AiSystem POST Overseer", "/manage/ai-systems/{systemId}?handler=Overseer", Administrator),
        Page("Compliance.Manage.AiSystem POST Unassign", "/manage/ai-systems/{systemId}?handler=Unassign&userId={freshOverseerId}", Administrator),
        Page("Compliance.Manage.AiSystem POST Requirement", "/manage/ai-systems/{systemId}?handler=Requirement", Administrator),
        Page("Compliance.Manage.AiSystem POST RemoveRequirement", "/manage/ai-systems/{systemId}?handler=RemoveRequirement&requirementId={freshRequirementId}", Administrator),
        Page("Compliance.Manage.Requirements GET", "/manage/requirements", Coordinators),
        Page("Compliance.Manage.Requirements POST", "/manage/requirements", Administrator),
        Page("Compliance.Manage.Requirements POST Remove", "/manage/requirements?handler=Remove&requirementId={freshRequirementId}", Administrator),
        Page("Compliance.Learning.Obligations GET", "/learning/obligations", SignedIn),
        Page("Compliance.Learning.Obligations POST Record", "/learning/obligations?handler=Record", SignedIn),
        Page("Compliance.Learning.Obligations POST Withdraw", "/learning/obligations?handler=Withdraw&equivalentId={freshEquivalentId}", OwnerAndCoordinators, SignedIn & ~OwnerAndCoordinators),
        Page("Compliance.Manage.Equivalents GET", "/manage/equivalents", Coordinators),
        Page("Compliance.Manage.Equivalents POST Decide", "/manage/equivalents?handler=Decide&equivalentId={freshEquivalentId}&decision=Approve", Coordinators),
        Page("Compliance.Manage.Equivalents POST Withdraw", "/manage/equivalents?handler=Withdraw&equivalentId={freshEquivalentId}", Coordinators),
        Page("Compliance.Manage.EvidenceReports GET", "/manage/evidence-reports", Coordinators),
        Page("Compliance.Manage.EvidenceReports POST", "/manage/evidence-reports", Coordinators),
        Page("Compliance.Manage.EvidenceReports POST Check", "/manage/evidence-reports?handler=Check", Coordinators),
        Page("Compliance.Manage.ApiClients GET", "/manage/api-clients", Administrator),
        Page("Compliance.Manage.ApiClients POST", "/manage/api-clients", Administrator),
        Page("Compliance.Manage.ApiClients POST Revoke", "/manage/api-clients?handler=Revoke&clientId={freshClientId}", Administrator),
        Page("Courses.Catalog.Index GET", "/catalog", Everyone),
        Page("Courses.Catalog.Offering GET", "/catalog/{offeringId}", Everyone),
        Page("Courses.Learn.Calendar GET", "/calendar", SignedIn),
        Page("Courses.Learn.Calendar POST", "/calendar", SignedIn),
        Page("Courses.Learn.Content GET", "/catalog/{offeringId}/content", OfferingPeople),
        Page("Courses.Learn.Content POST Module", "/catalog/{offeringId}/content?handler=Module", OfferingStaff),
        Page("Courses.Learn.Content POST Lesson", "/catalog/{offeringId}/content?handler=Lesson&moduleId={moduleId}", OfferingStaff),
        Page("Courses.Manage.CourseEditor GET", "/manage/courses/{courseId}", Coordinators),
        Page("Courses.Manage.CourseEditor POST", "/manage/courses/{courseId}", Coordinators),
        Page("Courses.Manage.Dashboard GET", "/manage/dashboard", Staff),
        Page("Courses.Manage.Dashboard GET Csv", "/manage/dashboard?handler=Csv", Staff),
        Page("Courses.Manage.EditContent GET", "/manage/modules/{moduleId}", OfferingStaff),
        Page("Courses.Manage.EditContent POST Rename", "/manage/modules/{moduleId}?handler=Rename", OfferingStaff),
        Page("Courses.Manage.EditContent POST Lesson", "/manage/modules/{moduleId}?handler=Lesson&lessonId={lessonId}", OfferingStaff),
        Page("Courses.Manage.EditContent POST DeleteLesson", "/manage/modules/{moduleId}?handler=DeleteLesson&lessonId={freshLessonId}", OfferingStaff),
        Page("Courses.Manage.EditContent POST DeleteModule", "/manage/modules/{freshModuleId}?handler=DeleteModule", OfferingStaff),
        Page("Courses.Manage.EditOffering GET", "/manage/offerings/{offeringId}", OfferingStaff, OtherInstructor),
        Page("Courses.Manage.Disclosures GET", "/manage/offerings/{offeringId}/disclosures", OfferingStaff, OtherInstructor),
        Page("Courses.Manage.Disclosures POST", "/manage/offerings/{offeringId}/disclosures", OfferingStaff, OtherInstructor),
        Page("Courses.Manage.EditOffering POST Save", "/manage/offerings/{offeringId}?handler=Save", OfferingStaff, OtherInstructor),
        Page("Courses.Manage.EditOffering POST Status", "/manage/offerings/{freshOfferingId}?handler=Status&status=Published", Coordinators, OtherInstructor),
        Page("Courses.Manage.EditOffering POST Schedule", "/manage/offerings/{offeringId}?handler=Schedule", OfferingStaff, OtherInstructor),
        Page("Courses.Manage.EditOffering POST CancelSession", "/manage/offerings/{offeringId}?handler=CancelSession&sessionId={freshSessionId}", OfferingStaff, OtherInstructor),
        Page("Courses.Manage.EditOffering POST Rerun", "/manage/offerings/{offeringId}?handler=Rerun", Coordinators, OtherInstructor),
        Page("Courses.Manage.Index GET", "/manage/offerings", Staff),
        Page("Courses.Manage.NewOffering GET", "/manage/offerings/new", Coordinators),
        Page("Courses.Manage.NewOffering POST", "/manage/offerings/new", Coordinators),
        Page("Courses.Manage.RescheduleSession GET", "/manage/sessions/{sessionId}/reschedule", OfferingStaff, OtherInstructor),
        Page("Courses.Manage.RescheduleSession POST", "/manage/sessions/{sessionId}/reschedule", OfferingStaff, OtherInstructor),
        Page("Enrollment.Learning.Attendance GET", "/learning/attendance/{enrollmentId}", OwnerAndOfferingStaff, NotTheirs),
        Page("Enrollment.Learning.Enrol GET", "/learning/enrol/{offeringId}", SignedIn),
        Page("Enrollment.Learning.Enrol POST", "/learning/enrol/{freshPublishedOfferingId}", SignedIn),
        Page("Enrollment.Learning.Index GET", "/learning", SignedIn),
        Page("Enrollment.Learning.Index POST Withdraw", "/learning?handler=Withdraw&enrollmentId={freshEnrollmentId}", OwnerAndCoordinators, NotTheirs),
        Page("Enrollment.Learning.Index POST AcceptOffer", "/learning?handler=AcceptOffer&enrollmentId={enrollmentId}", OwnerAndCoordinators, NotTheirs),
        Page("Enrollment.Learning.LessonDone GET", "/learning/progress/{enrollmentId}/{lessonId}", SignedIn),
        Page("Enrollment.Learning.LessonDone POST", "/learning/progress/{enrollmentId}/{lessonId}", Owner, AllButOwner),
        Page("Enrollment.Learning.Notifications GET", "/learning/notifications", SignedIn),
        Page("Enrollment.Learning.Notifications POST Read", "/learning/notifications?handler=Read&notificationId={notificationId}", Owner, AllButOwner),
        Page("Enrollment.Learning.Notifications POST AllRead", "/learning/notifications?handler=AllRead", SignedIn),
        Page("Enrollment.Learning.Notifications POST", "/learning/notifications", SignedIn),
        Page("Enrollment.Learning.Withdraw GET", "/learning/withdraw/{enrollmentId}", Owner, AllButOwner),
        Page("Enrollment.Manage.Announcements GET", "/manage/offerings/{offeringId}/announcements", OfferingStaff, OtherInstructor),
        Page("Enrollment.Manage.Announcements POST", "/manage/offerings/{offeringId}/announcements", OfferingStaff, OtherInstructor),
        Page("Enrollment.Manage.Evaluation GET", "/manage/offerings/{offeringId}/evaluation", OfferingStaff, OtherInstructor),
        Page("Enrollment.Manage.Evaluation POST Save", "/manage/offerings/{offeringId}/evaluation?handler=Save", Coordinators),
        Page("Enrollment.Manage.Evaluation POST Standard", "/manage/offerings/{offeringId}/evaluation?handler=Standard", Coordinators),
        Page("Enrollment.Learning.Evaluation GET", "/learning/offerings/{offeringId}/evaluation", Participants, Staff),
        Page("Enrollment.Learning.Evaluation POST", "/learning/offerings/{offeringId}/evaluation", Participants, Staff),
        Page("Enrollment.Manage.Attendance GET", "/manage/sessions/{sessionId}/attendance", OfferingStaff),
        Page("Enrollment.Manage.Attendance POST", "/manage/sessions/{sessionId}/attendance", OfferingStaff),
        Page("Enrollment.Manage.PastRun GET", "/manage/offerings/{offeringId}/past-run", Coordinators),
        Page("Enrollment.Manage.PastRun POST", "/manage/offerings/{offeringId}/past-run", Coordinators),
        Page("Enrollment.Manage.Roster GET", "/manage/offerings/{offeringId}/roster", OfferingStaff),
        Page("Enrollment.Manage.Roster POST Approve", "/manage/offerings/{offeringId}/roster?handler=Approve&enrollmentId={enrollmentId}", Coordinators),
        Page("Enrollment.Manage.Roster POST Reject", "/manage/offerings/{offeringId}/roster?handler=Reject&enrollmentId={enrollmentId}", Coordinators),
        Page("Enrollment.Manage.Roster POST NoShow", "/manage/offerings/{offeringId}/roster?handler=NoShow&enrollmentId={freshEnrollmentId}", Coordinators),
        Page("Enrollment.Manage.Roster POST Withdraw", "/manage/offerings/{offeringId}/roster?handler=Withdraw&enrollmentId={freshEnrollmentId}", Coordinators),
    ];

    /// <summary>Calls that end the caller's own sign-in run last, each with fresh sign-ins after it.</summary>
    private static readonly string[] EndsSignIn = ["Host.Account.Logout POST", "Host.Account.Logout GET", "Host.Account.Profile POST SignOutEverywhere"];

    [Fact]
    public async Task Every_api_operation_serves_exactly_the_callers_its_row_names()
    {
        var document = JsonNode.Parse(await world.Host.CreateClient().GetStringAsync("/openapi/v1.json"))!;
        var operations = document["paths"]!.AsObject()
            .SelectMany(path => path.Value!.AsObject().Select(method => $"{method.Key.ToUpperInvariant()} {Regex.Replace(path.Key, "{([^}:]+)[^}]*}", "{$1}")}"))
            .ToList();
        AssertEveryOneHasARow(operations, ApiRows, "API operation");

        var clients = AuthorizationWorld.Callers.ToDictionary(c => c, world.Api);
        var failures = new List<string>();
        foreach (var row in ApiRows)
        {
            var method = row.Operation[..row.Operation.IndexOf(' ', StringComparison.Ordinal)];
            foreach (var caller in Ordered(row))
            {
                var url = await world.FillAsync(row.Path ?? row.Operation[(method.Length + 1)..]);
                using var request = new HttpRequestMessage(new HttpMethod(method), url);
                if (method is "POST" or "PUT")
                {
                    request.Content = new StringContent(row.Body.Text, Encoding.UTF8, row.Body.ContentType);
                }

                var response = await clients[caller].SendAsync(request);
                Check(row, caller, ApiAnswer(response), (int)response.StatusCode, failures);
            }
        }

        output.WriteLine($"API matrix: {ApiRows.Length} rows (every operation of the document) × {AuthorizationWorld.Callers.Count} callers");
        Assert.True(failures.Count == 0, $"{failures.Count} of {ApiRows.Length * 7} cells ({ApiRows.Length} rows) differ from the table:\n{string.Join("\n", failures)}");
    }

    [Fact]
    public async Task Every_page_handler_serves_exactly_the_callers_its_row_names()
    {
        var handlers = PageHandlers().ToList();
        AssertEveryOneHasARow(handlers, PageRows, "page handler");

        var clients = new Dictionary<Caller, HttpClient>();
        async Task SignInAllAsync()
        {
            foreach (var caller in AuthorizationWorld.Callers)
            {
                clients[caller] = await world.PagesAsync(caller);
            }
        }

        await SignInAllAsync();
        var failures = new List<string>();
        foreach (var row in PageRows.OrderBy(r => EndsSignIn.Contains(r.Operation)))
        {
            var method = row.Operation.Split(' ')[1];
            foreach (var caller in Ordered(row))
            {
                var url = await world.FillAsync(row.Path!);
                using var request = new HttpRequestMessage(new HttpMethod(method), url);
                if (method == "POST")
                {
                    request.Content = new FormUrlEncodedContent([KeyValuePair.Create("__RequestVerificationToken", await FormTokenAsync(clients[caller]))]);
                }

                var response = await clients[caller].SendAsync(request);
                Check(row, caller, PageAnswer(response), (int)response.StatusCode, failures, response.Headers.Location?.OriginalString);
            }

            if (EndsSignIn.Contains(row.Operation))
            {
                await SignInAllAsync();
            }
        }

        output.WriteLine($"Page matrix: {PageRows.Length} rows (every page handler) × {AuthorizationWorld.Callers.Count} callers");
        Assert.True(failures.Count == 0, $"{failures.Count} of {PageRows.Length * 7} cells ({PageRows.Length} rows) differ from the table:\n{string.Join("\n", failures)}");
    }

    /// <summary>The refused callers first: a hole then shows on untouched data, and what the allowed ones change comes after.</summary>
    private static IEnumerable<Caller> Ordered(Row row) =>
        AuthorizationWorld.Callers.OrderBy(c => row.Allowed.HasFlag(c) ? 1 : 0);

    private static void Check(Row row, Caller caller, Answer answer, int status, List<string> failures, string? location = null)
    {
        var expected = row.Allowed.HasFlag(caller) ? row.ServedAs : caller == Anonymous ? row.Visitor : row.Hidden.HasFlag(caller) ? Answer.NotFound : row.Refused;
        if (answer != expected)
        {
            failures.Add($"{row.Operation} as {caller}: expected {expected}, answered {status}{(location is null ? "" : " → " + location)} ({answer})");
        }
    }

    private static Answer ApiAnswer(HttpResponseMessage response) => (int)response.StatusCode switch
    {
        >= 500 => Answer.ServerError,
        401 => Answer.Unauthenticated,
        403 => Answer.Forbidden,
        404 => Answer.NotFound,
        _ => Answer.Served,
    };

    private static Answer PageAnswer(HttpResponseMessage response)
    {
        var location = response.Headers.Location?.OriginalString ?? "";
        return (int)response.StatusCode switch
        {
            >= 500 => Answer.ServerError,
            401 => Answer.Unauthenticated,
            403 => Answer.Forbidden,
            404 => Answer.NotFound,
            >= 300 and < 400 when location.Contains("/account/login", StringComparison.OrdinalIgnoreCase) && !location.Contains("/account/login-2fa", StringComparison.OrdinalIgnoreCase) => Answer.Unauthenticated,
            >= 300 and < 400 when location.Contains("/account/access-denied", StringComparison.OrdinalIgnoreCase) => Answer.Forbidden,
            _ => Answer.Served,
        };
    }

    private static void AssertEveryOneHasARow(IReadOnlyList<string> found, Row[] rows, string what)
    {
        var missing = found.Except(rows.Select(r => r.Operation)).ToList();
        var stale = rows.Select(r => r.Operation).Except(found).ToList();
        var doubled = rows.GroupBy(r => r.Operation).Where(g => g.Count() > 1).Select(g => g.Key).ToList();
        Assert.True(missing.Count == 0 && stale.Count == 0 && doubled.Count == 0,
            $"Every {what} needs exactly one row in the authorization matrix.\nWithout a row: {string.Join("; ", missing)}\nRows for nothing: {string.Join("; ", stale)}\nTwice: {string.Join("; ", doubled)}");
        Assert.True(found.Count > 60, $"only {found.Count} {what}s were found");
    }

    /// <summary>Every <c>OnGet…</c>/<c>OnPost…</c> of every page model in the academy's assemblies, as "Module.Folder.Page VERB Handler".</summary>
    private static IEnumerable<string> PageHandlers()
    {
        var assemblies = new[] { typeof(Program).Assembly }
            .Concat(typeof(Program).Assembly.GetReferencedAssemblies().Where(a => a.Name!.StartsWith("HealthAiAcademy.", StringComparison.Ordinal)).Select(Assembly.Load))
            .Distinct();
        foreach (var type in assemblies.SelectMany(a => a.GetTypes()).Where(t => t.IsSubclassOf(typeof(PageModel)) && !t.IsAbstract))
        {
            var page = PageName(type);
            var methods = type.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly)
                .Select(m => HandlerPattern().Match(m.Name)).Where(m => m.Success).ToList();
            if (methods.Count == 0)
            {
                // A page without handlers still answers GET.
                yield return $"{page} GET";
            }

            foreach (var match in methods.DistinctBy(m => m.Value))
            {
                var handler = match.Groups[2].Value;
                yield return $"{page} {match.Groups[1].Value.ToUpperInvariant()}{(handler.Length == 0 ? "" : " " + handler)}";
            }
        }
    }

    /// <summary>"HealthAiAcademy.Courses.Areas.Courses.Pages.Manage.EditOfferingModel" → "Courses.Manage.EditOffering".</summary>
    private static string PageName(Type type)
    {
        var name = type.FullName!.Replace("HealthAiAcademy.", "", StringComparison.Ordinal);
        name = Regex.Replace(name, @"\.Areas\.[A-Za-z]+\.Pages", "");
        name = name.Replace(".Pages", "", StringComparison.Ordinal);
        return name.EndsWith("Model", StringComparison.Ordinal) ? name[..^"Model".Length] : name;
    }

    private static async Task<string> FormTokenAsync(HttpClient client)
    {
        var html = await client.GetStringAsync("/account/forgot-password");
        return TokenPattern().Match(html).Groups[1].Value;
    }

    [GeneratedRegex("^On(Get|Post)([A-Za-z]*?)(Async)?$")]
    private static partial Regex HandlerPattern();

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();
}

using HealthAiAcademy.Assessment.Features.Assignments;
using HealthAiAcademy.Assessment.Features.Authoring;
using HealthAiAcademy.Assessment.Features.Gradebook;
using HealthAiAcademy.Assessment.Features.Grading;
using HealthAiAcademy.Assessment.Features.QuestionBank;
using HealthAiAcademy.Assessment.Features.Quizzes;
using HealthAiAcademy.BuildingBlocks.Authorization;
using HealthAiAcademy.BuildingBlocks.Web;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.Net.Http.Headers;

namespace HealthAiAcademy.Assessment.Features;

internal static class AssessmentEndpoints
{
    public static void Map(IEndpointRouteBuilder api)
    {
        api.MapPost("/offerings/{offeringId:guid}/assessments", async (Guid offeringId, AssessmentRequest request, AssessmentAuthoring authoring, CancellationToken cancellationToken) =>
                (await authoring.CreateAsync(offeringId, request, cancellationToken)).ToResult(view => TypedResults.Created($"/api/assessment/assessments/{view.Id}", view)))
            .RequireAuthorization(Policies.Staff).WithName("CreateAssessment")
            .WithSummary("Creates a quiz (questions from the course's bank) or an assignment (rubric or points) for the offering.")
            .Produces<AssessmentView>(StatusCodes.Status201Created).ProducesValidationProblem().ProducesProblem(StatusCodes.Status403Forbidden);

        api.MapGet("/offerings/{offeringId:guid}/assessments", async (Guid offeringId, AssessmentAuthoring authoring, CancellationToken cancellationToken) =>
                (await authoring.ListAsync(offeringId, cancellationToken)).ToResult(TypedResults.Ok))
            .RequireAuthorization(Policies.SignedIn).WithName("OfferingAssessments")
            .WithSummary("The offering's assessments; participants also get their own standing (`mine`).");

        api.MapGet("/assessments/{assessmentId:guid}", async (Guid assessmentId, AssessmentAuthoring authoring, CancellationToken cancellationToken) =>
                (await authoring.GetAsync(assessmentId, cancellationToken)).ToResult(TypedResults.Ok))
            .RequireAuthorization(Policies.SignedIn).WithName("GetAssessment");

        api.MapPut("/assessments/{assessmentId:guid}", async (Guid assessmentId, AssessmentRequest request, AssessmentAuthoring authoring, CancellationToken cancellationToken) =>
                (await authoring.UpdateAsync(assessmentId, request, cancellationToken)).ToResult(TypedResults.Ok))
            .RequireAuthorization(Policies.Staff).WithName("UpdateAssessment")
            .WithSummary("Changes the settings (due date, weight, late policy …); questions, rubric and points only while no work exists (409 after).");

        api.MapPut("/assessments/{assessmentId:guid}/extensions/{userId:guid}", async (Guid assessmentId, Guid userId, ExtensionRequest request, AssessmentAuthoring authoring, CancellationToken cancellationToken) =>
                (await authoring.GrantExtensionAsync(assessmentId, userId, request, cancellationToken)).ToResult(TypedResults.Ok))
            .RequireAuthorization(Policies.Staff).WithName("GrantExtension")
            .WithSummary("Gives one participant a later due date.");

        api.MapPut("/assessments/{assessmentId:guid}/required-for-completion", async (Guid assessmentId, RequirementRequest request, AssessmentAuthoring authoring, CancellationToken cancellationToken) =>
                (await authoring.SetRequiredAsync(assessmentId, request.Required, cancellationToken)).ToResult(TypedResults.Ok))
            .RequireAuthorization(Policies.Staff).WithName("SetAssessmentRequired")
            .WithSummary("Makes passing the assessment a completion rule of its offering (or not).");

        api.MapPost("/offerings/{offeringId:guid}/questions", async (Guid offeringId, QuestionRequest request, QuestionBankHandlers bank, CancellationToken cancellationToken) =>
                (await bank.AddAsync(offeringId, request, cancellationToken)).ToResult(view => TypedResults.Created($"/api/assessment/offerings/{offeringId}/questions", view)))
            .RequireAuthorization(Policies.Staff).WithName("AddQuestion")
            .WithSummary("Adds a question to the question bank of the offering's course.");

        api.MapGet("/offerings/{offeringId:guid}/questions", async (Guid offeringId, QuestionBankHandlers bank, CancellationToken cancellationToken) =>
                (await bank.ListAsync(offeringId, cancellationToken)).ToResult(TypedResults.Ok))
            .RequireAuthorization(Policies.Staff).WithName("QuestionBank");

        api.MapPost("/assessments/{assessmentId:guid}/attempts", async (Guid assessmentId, QuizHandlers quizzes, CancellationToken cancellationToken) =>
                (await quizzes.StartAsync(assessmentId, cancellationToken)).ToResult(started => started.Created
                    ? TypedResults.Created($"/api/assessment/attempts/{started.Attempt.Id}", started.Attempt)
                    : TypedResults.Ok(started.Attempt)))
            .RequireAuthorization(Policies.SignedIn).WithName("StartAttempt")
            .WithSummary("Starts a quiz attempt (201), or returns the attempt still open (200).");

        api.MapGet("/attempts/{attemptId:guid}", async (Guid attemptId, QuizHandlers quizzes, CancellationToken cancellationToken) =>
                (await quizzes.GetAsync(attemptId, cancellationToken)).ToResult(TypedResults.Ok))
            .RequireAuthorization(Policies.SignedIn).WithName("GetAttempt");

        api.MapPost("/attempts/{attemptId:guid}/submit", async (Guid attemptId, SubmitAttemptRequest request, QuizHandlers quizzes, CancellationToken cancellationToken) =>
                (await quizzes.SubmitAsync(attemptId, request, cancellationToken)).ToResult(TypedResults.Ok))
            .RequireAuthorization(Policies.SignedIn).WithName("SubmitAttempt")
            .WithSummary("Hands in the answers; the attempt is scored at once.");

        api.MapPost("/assessments/{assessmentId:guid}/submissions", async (Guid assessmentId, HandInRequest request, AssignmentHandlers assignments, CancellationToken cancellationToken) =>
                (await assignments.HandInAsync(assessmentId, request, cancellationToken)).ToResult(handedIn => handedIn.Created
                    ? TypedResults.Created($"/api/assessment/submissions/{handedIn.HandIn.Id}", handedIn.HandIn)
                    : TypedResults.Ok(handedIn.HandIn)))
            .RequireAuthorization(Policies.SignedIn).WithName("HandIn")
            .WithSummary("Hands in an assignment (text and/or a base64 file); replaces the hand-in until it is graded.");

        api.MapGet("/submissions/{submissionId:guid}/file", async Task<Results<FileContentHttpResult, ProblemHttpResult>> (Guid submissionId, AssignmentHandlers assignments, HttpContext http, CancellationToken cancellationToken) =>
            {
                if (await assignments.FileAsync(submissionId, cancellationToken) is not { } file)
                {
                    return Problems.NotFound("The file");
                }

                // Served as an opaque download: never rendered or sniffed by the browser.
                http.Response.Headers[HeaderNames.XContentTypeOptions] = "nosniff";
                http.Response.Headers[HeaderNames.ContentSecurityPolicy] = "sandbox; default-src 'none'";
                return TypedResults.File(file.Content, "application/octet-stream", file.FileName);
            })
            .RequireAuthorization(Policies.SignedIn).WithName("SubmissionFile");

        api.MapGet("/grading-queue", async (Guid? offeringId, Guid? assessmentId, string? state, int? page, int? pageSize, GradingQueue queue, CancellationToken cancellationToken) =>
                (await queue.ListAsync(offeringId, assessmentId, state, page, pageSize, cancellationToken)).ToResult(TypedResults.Ok))
            .RequireAuthorization(Policies.Staff).WithName("GradingQueue")
            .WithSummary("Hand-ins to grade in the offerings the caller teaches, oldest first; state NotGraded (default), Graded or Released.");

        api.MapGet("/submissions/{submissionId:guid}", async (Guid submissionId, GradingHandlers grading, CancellationToken cancellationToken) =>
                (await grading.GetAsync(submissionId, cancellationToken)).ToResult(TypedResults.Ok))
            .RequireAuthorization(Policies.Staff).WithName("SubmissionForMarking");

        api.MapPut("/submissions/{submissionId:guid}/grade", async (Guid submissionId, GradeRequest request, GradingHandlers grading, CancellationToken cancellationToken) =>
                (await grading.GradeAsync(submissionId, request, cancellationToken)).ToResult(TypedResults.Ok))
            .RequireAuthorization(Policies.Staff).WithName("GradeSubmission")
            .WithSummary("Saves a grade (a draft until released); a released grade changes only with a reason, kept in the audit trail.");

        api.MapPost("/assessments/{assessmentId:guid}/release", async (Guid assessmentId, GradingHandlers grading, CancellationToken cancellationToken) =>
                (await grading.ReleaseAsync(assessmentId, cancellationToken)).ToResult(TypedResults.Ok))
            .RequireAuthorization(Policies.Staff).WithName("ReleaseGrades")
            .WithSummary("Releases every graded hand-in of the assignment to its participant.");

        api.MapGet("/offerings/{offeringId:guid}/gradebook", async (Guid offeringId, string? format, GradebookQuery gradebook, CancellationToken cancellationToken) =>
                (await gradebook.HandleAsync(offeringId, cancellationToken)).ToResult(book => format == "csv"
                    ? TypedResults.Text(GradebookQuery.ToCsv(book), "text/csv; charset=utf-8")
                    : TypedResults.Ok(book)))
            .RequireAuthorization(Policies.Staff).WithName("Gradebook")
            .WithSummary("Participants × assessments with the weighted final score, pass/fail and statistics; ?format=csv to export.");
    }
}

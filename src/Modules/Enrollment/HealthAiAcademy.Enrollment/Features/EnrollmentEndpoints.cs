using HealthAiAcademy.BuildingBlocks.Authorization;
using HealthAiAcademy.BuildingBlocks.Web;
using HealthAiAcademy.Enrollment.Features.Attendance;
using HealthAiAcademy.Enrollment.Features.ChangeEnrollment;
using HealthAiAcademy.Enrollment.Features.Enrol;
using HealthAiAcademy.Enrollment.Features.MyEnrollments;
using HealthAiAcademy.Enrollment.Features.Progress;
using HealthAiAcademy.Enrollment.Features.Reminders;
using HealthAiAcademy.Enrollment.Features.Roster;
using HealthAiAcademy.Enrollment.Features.Shared;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace HealthAiAcademy.Enrollment.Features;

internal static class EnrollmentEndpoints
{
    public static void Map(IEndpointRouteBuilder api)
    {
        api.MapPost("/offerings/{offeringId:guid}/enrollments", async (Guid offeringId, EnrolRequest? request, EnrolHandler handler, CancellationToken cancellationToken) =>
                (await handler.HandleAsync(offeringId, request ?? new EnrolRequest(null), cancellationToken)).ToResult(result => result.Created
                    ? TypedResults.Created($"/api/enrollment/enrollments/{result.Enrollment.Id}", result.Enrollment)
                    : TypedResults.Ok(result.Enrollment)))
            .RequireAuthorization(Policies.SignedIn).WithName("Enrol")
            .WithSummary("Enrols the signed-in user: Enrolled, Waitlisted or PendingApproval (201); enrolling again returns the same enrollment (200).")
            .Produces<EnrollmentResponse>(StatusCodes.Status201Created).ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);

        api.MapGet("/me", async (EnrollmentQueries queries, CancellationToken cancellationToken) => TypedResults.Ok(await queries.MineAsync(cancellationToken)))
            .RequireAuthorization(Policies.SignedIn).WithName("MyEnrollments");

        api.MapGet("/me/notifications", async (NotificationHandlers notifications, CancellationToken cancellationToken) =>
                TypedResults.Ok(await notifications.ListAsync(cancellationToken)))
            .RequireAuthorization(Policies.SignedIn).WithName("MyNotifications");

        api.MapPost("/me/notifications/{notificationId:guid}/read", async Task<Results<NoContent, ProblemHttpResult>> (Guid notificationId, NotificationHandlers notifications, CancellationToken cancellationToken) =>
                await notifications.MarkReadAsync(notificationId, cancellationToken) ? TypedResults.NoContent() : Problems.NotFound("The notification"))
            .RequireAuthorization(Policies.SignedIn).WithName("MarkNotificationRead");

        api.MapGet("/me/reminder-preferences", async (NotificationHandlers notifications, CancellationToken cancellationToken) =>
                TypedResults.Ok(await notifications.PreferencesAsync(cancellationToken)))
            .RequireAuthorization(Policies.SignedIn).WithName("ReminderPreferences");

        api.MapPut("/me/reminder-preferences", async (ReminderPreferences preferences, NotificationHandlers notifications, CancellationToken cancellationToken) =>
                TypedResults.Ok(await notifications.SetPreferencesAsync(preferences, cancellationToken)))
            .RequireAuthorization(Policies.SignedIn).WithName("SetReminderPreferences")
            .WithSummary("Switches optional reminders (the day-before session reminder) on or off.");

        api.MapGet("/enrollments/{enrollmentId:guid}", async Task<Results<Ok<EnrollmentResponse>, ProblemHttpResult>> (Guid enrollmentId, EnrollmentQueries queries, CancellationToken cancellationToken) =>
                await queries.GetAsync(enrollmentId, cancellationToken) is { } enrollment ? TypedResults.Ok(enrollment) : Problems.NotFound("The enrollment"))
            .RequireAuthorization(Policies.SignedIn).WithName("GetEnrollment");

        api.MapPost("/enrollments/{enrollmentId:guid}/withdraw", async (Guid enrollmentId, EnrollmentCommands commands, CancellationToken cancellationToken) =>
                (await commands.WithdrawAsync(enrollmentId, cancellationToken)).ToResult(TypedResults.Ok))
            .RequireAuthorization(Policies.SignedIn).WithName("Withdraw")
            .WithSummary("Withdraws (participants until the cancellation deadline, coordinators always); a freed seat passes to the waiting list.");

        api.MapPost("/enrollments/{enrollmentId:guid}/approve", async (Guid enrollmentId, DecisionRequest? request, EnrollmentCommands commands, CancellationToken cancellationToken) =>
                (await commands.ApproveAsync(enrollmentId, request?.Message, cancellationToken)).ToResult(TypedResults.Ok))
            .RequireAuthorization(Policies.Coordinators).WithName("ApproveEnrollment")
            .WithSummary("Accepts an application: a seat if free, else a waitlist place.");

        api.MapPost("/enrollments/{enrollmentId:guid}/reject", async (Guid enrollmentId, DecisionRequest? request, EnrollmentCommands commands, CancellationToken cancellationToken) =>
                (await commands.RejectAsync(enrollmentId, request?.Message, cancellationToken)).ToResult(TypedResults.Ok))
            .RequireAuthorization(Policies.Coordinators).WithName("RejectEnrollment");

        api.MapPost("/enrollments/{enrollmentId:guid}/no-show", async (Guid enrollmentId, EnrollmentCommands commands, CancellationToken cancellationToken) =>
                (await commands.MarkNoShowAsync(enrollmentId, cancellationToken)).ToResult(TypedResults.Ok))
            .RequireAuthorization(Policies.Coordinators).WithName("MarkNoShow")
            .WithSummary("Marks an enrolled participant who did not take part (after the offering started).");

        api.MapPost("/enrollments/{enrollmentId:guid}/accept-offer", async (Guid enrollmentId, EnrollmentCommands commands, CancellationToken cancellationToken) =>
                (await commands.AcceptOfferAsync(enrollmentId, cancellationToken)).ToResult(TypedResults.Ok))
            .RequireAuthorization(Policies.SignedIn).WithName("AcceptSeatOffer")
            .WithSummary("Claims the seat offered to a waitlisted participant before the offer expires.");

        api.MapGet("/sessions/{sessionId:guid}/attendance", async (Guid sessionId, AttendanceHandlers attendance, CancellationToken cancellationToken) =>
                (await attendance.SessionAsync(sessionId, cancellationToken)).ToResult(TypedResults.Ok))
            .RequireAuthorization(Policies.Staff).WithName("SessionAttendance")
            .WithSummary("The participants of a session with their attendance so far.");

        api.MapPut("/sessions/{sessionId:guid}/attendance", async (Guid sessionId, AttendanceRequest request, AttendanceHandlers attendance, CancellationToken cancellationToken) =>
                (await attendance.RecordAsync(sessionId, request, cancellationToken)).ToResult(TypedResults.Ok))
            .RequireAuthorization(Policies.Staff).WithName("RecordAttendance")
            .WithSummary("Records Present, Absent or Excused for many participants at once; completes those who now meet the rules.");

        api.MapGet("/enrollments/{enrollmentId:guid}/attendance", async Task<Results<Ok<MyAttendance>, ProblemHttpResult>> (Guid enrollmentId, AttendanceHandlers attendance, CancellationToken cancellationToken) =>
                await attendance.ForEnrollmentAsync(enrollmentId, cancellationToken) is { } mine ? TypedResults.Ok(mine) : Problems.NotFound("The enrollment"))
            .RequireAuthorization(Policies.SignedIn).WithName("EnrollmentAttendance");

        api.MapGet("/enrollments/{enrollmentId:guid}/progress", async Task<Results<Ok<ProgressResponse>, ProblemHttpResult>> (Guid enrollmentId, ProgressHandlers progress, CancellationToken cancellationToken) =>
                await progress.GetAsync(enrollmentId, cancellationToken) is { } mine ? TypedResults.Ok(mine) : Problems.NotFound("The enrollment"))
            .RequireAuthorization(Policies.SignedIn).WithName("Progress")
            .WithSummary("The signed-in participant's progress through the offering's lessons.");

        api.MapPut("/enrollments/{enrollmentId:guid}/lessons/{lessonId:guid}/done", async (Guid enrollmentId, Guid lessonId, ProgressHandlers progress, CancellationToken cancellationToken) =>
                (await progress.MarkDoneAsync(enrollmentId, lessonId, done: true, cancellationToken)).ToResult(TypedResults.Ok))
            .RequireAuthorization(Policies.SignedIn).WithName("MarkLessonDone");

        api.MapDelete("/enrollments/{enrollmentId:guid}/lessons/{lessonId:guid}/done", async (Guid enrollmentId, Guid lessonId, ProgressHandlers progress, CancellationToken cancellationToken) =>
                (await progress.MarkDoneAsync(enrollmentId, lessonId, done: false, cancellationToken)).ToResult(TypedResults.Ok))
            .RequireAuthorization(Policies.SignedIn).WithName("MarkLessonNotDone");

        api.MapGet("/offerings/{offeringId:guid}/attendance.csv", async (Guid offeringId, AttendanceExport export, CancellationToken cancellationToken) =>
                (await export.CsvAsync(offeringId, cancellationToken)).ToResult(csv => TypedResults.Text(csv, "text/csv; charset=utf-8")))
            .RequireAuthorization(Policies.Staff).WithName("AttendanceExport")
            .WithSummary("Attendance per participant and session with registration numbers, for accreditation registries.");

        api.MapGet("/offerings/{offeringId:guid}/roster", async (Guid offeringId, string? format, RosterQuery roster, CancellationToken cancellationToken) =>
                (await roster.HandleAsync(offeringId, cancellationToken)).ToResult(entries => format == "csv"
                    ? TypedResults.Text(RosterQuery.ToCsv(entries), "text/csv; charset=utf-8")
                    : TypedResults.Ok(entries)))
            .RequireAuthorization(Policies.Staff).WithName("Roster")
            .WithSummary("Everyone enrolled, waitlisted or applying, with registration numbers; ?format=csv for registries.");
    }
}

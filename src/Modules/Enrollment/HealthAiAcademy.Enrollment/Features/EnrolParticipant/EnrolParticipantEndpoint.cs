using HealthAiAcademy.BuildingBlocks.Authorization;
using HealthAiAcademy.Enrollment.Features.Shared;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace HealthAiAcademy.Enrollment.Features.EnrolParticipant;

internal static class EnrolParticipantEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapPost("/offerings/{offeringId:guid}/enrollments", async (Guid offeringId, EnrolRequest? request, EnrolParticipantHandler handler, CancellationToken cancellationToken) =>
                (await handler.HandleAsync(offeringId, request ?? new EnrolRequest(null), cancellationToken)).ToResult(result => result.Created
                    ? TypedResults.Created($"/api/enrollment/enrollments/{result.Enrollment.Id}", result.Enrollment)
                    : TypedResults.Ok(result.Enrollment)))
            .RequireAuthorization(Policies.SignedIn).WithName("Enrol")
            .WithSummary("Enrols the signed-in user: Enrolled, Waitlisted or PendingApproval (201); enrolling again returns the same enrollment (200).")
            .Produces<EnrollmentResponse>(StatusCodes.Status201Created).Produces<EnrollmentResponse>().ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);
}

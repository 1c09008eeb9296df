using HealthAiAcademy.BuildingBlocks.Authorization;
using HealthAiAcademy.Enrollment.Features.Shared;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace HealthAiAcademy.Enrollment.Features.RejectApplication;

internal static class RejectApplicationEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapPost("/enrollments/{enrollmentId:guid}/reject", async (Guid enrollmentId, DecisionRequest? request, RejectApplicationHandler handler, CancellationToken cancellationToken) =>
                (await handler.HandleAsync(enrollmentId, request, cancellationToken)).ToResult(TypedResults.Ok))
            .RequireAuthorization(Policies.Coordinators).WithName("RejectEnrollment")
            .WithSummary("Declines a pending application, with an optional message to the applicant.")
            .Produces<EnrollmentResponse>().ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
}

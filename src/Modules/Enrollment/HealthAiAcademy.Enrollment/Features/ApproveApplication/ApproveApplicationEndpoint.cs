using HealthAiAcademy.BuildingBlocks.Authorization;
using HealthAiAcademy.Enrollment.Features.Shared;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace HealthAiAcademy.Enrollment.Features.ApproveApplication;

internal static class ApproveApplicationEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapPost("/enrollments/{enrollmentId:guid}/approve", async (Guid enrollmentId, DecisionRequest? request, ApproveApplicationHandler handler, CancellationToken cancellationToken) =>
                (await handler.HandleAsync(enrollmentId, request, cancellationToken)).ToResult(TypedResults.Ok))
            .RequireAuthorization(Policies.Coordinators).WithName("ApproveEnrollment")
            .WithSummary("Accepts an application: a seat if free, else a waitlist place.")
            .Produces<EnrollmentResponse>().ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
}

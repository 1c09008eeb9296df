using HealthAiAcademy.BuildingBlocks.Authorization;
using HealthAiAcademy.BuildingBlocks.Web;
using HealthAiAcademy.Enrollment.Features.Shared;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace HealthAiAcademy.Enrollment.Features.GetEnrollment;

internal static class GetEnrollmentEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/enrollments/{enrollmentId:guid}", async Task<Results<Ok<EnrollmentResponse>, ProblemHttpResult>> (Guid enrollmentId, GetEnrollmentHandler handler, CancellationToken cancellationToken) =>
                await handler.HandleAsync(enrollmentId, cancellationToken) is { } enrollment ? TypedResults.Ok(enrollment) : Problems.NotFound("The enrollment"))
            .RequireAuthorization(Policies.SignedIn).WithName("GetEnrollment")
            .WithSummary("One enrollment, for its owner and the offering's staff.");
}

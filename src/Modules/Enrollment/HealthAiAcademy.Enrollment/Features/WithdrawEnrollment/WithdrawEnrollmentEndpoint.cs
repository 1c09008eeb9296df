using HealthAiAcademy.BuildingBlocks.Authorization;
using HealthAiAcademy.Enrollment.Features.Shared;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace HealthAiAcademy.Enrollment.Features.WithdrawEnrollment;

internal static class WithdrawEnrollmentEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapPost("/enrollments/{enrollmentId:guid}/withdraw", async (Guid enrollmentId, WithdrawEnrollmentHandler handler, CancellationToken cancellationToken) =>
                (await handler.HandleAsync(enrollmentId, cancellationToken)).ToResult(TypedResults.Ok))
            .RequireAuthorization(Policies.SignedIn).WithName("Withdraw")
            .WithSummary("Withdraws (participants until the cancellation deadline, coordinators always); a freed seat passes to the waiting list.")
            .Produces<EnrollmentResponse>().ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
}

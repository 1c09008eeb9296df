using HealthAiAcademy.BuildingBlocks.Authorization;
using HealthAiAcademy.Enrollment.Features.Shared;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace HealthAiAcademy.Enrollment.Features.MarkNoShow;

internal static class MarkNoShowEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapPost("/enrollments/{enrollmentId:guid}/no-show", async (Guid enrollmentId, MarkNoShowHandler handler, CancellationToken cancellationToken) =>
                (await handler.HandleAsync(enrollmentId, cancellationToken)).ToResult(TypedResults.Ok))
            .RequireAuthorization(Policies.Coordinators).WithName("MarkNoShow")
            .WithSummary("Marks an enrolled participant who did not take part (after the offering started).")
            .Produces<EnrollmentResponse>().ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
}

using HealthAiAcademy.BuildingBlocks.Authorization;
using HealthAiAcademy.Enrollment.Features.Shared;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace HealthAiAcademy.Enrollment.Features.AcceptSeatOffer;

internal static class AcceptSeatOfferEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapPost("/enrollments/{enrollmentId:guid}/accept-offer", async (Guid enrollmentId, AcceptSeatOfferHandler handler, CancellationToken cancellationToken) =>
                (await handler.HandleAsync(enrollmentId, cancellationToken)).ToResult(TypedResults.Ok))
            .RequireAuthorization(Policies.SignedIn).WithName("AcceptSeatOffer")
            .WithSummary("Claims the seat offered to a waitlisted participant before the offer expires.")
            .Produces<EnrollmentResponse>().ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
}

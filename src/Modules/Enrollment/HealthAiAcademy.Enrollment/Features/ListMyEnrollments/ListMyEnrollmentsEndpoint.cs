using HealthAiAcademy.BuildingBlocks.Authorization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace HealthAiAcademy.Enrollment.Features.ListMyEnrollments;

internal static class ListMyEnrollmentsEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/me", async (ListMyEnrollmentsHandler handler, CancellationToken cancellationToken) => TypedResults.Ok(await handler.HandleAsync(cancellationToken)))
            .RequireAuthorization(Policies.SignedIn).WithName("MyEnrollments")
            .WithSummary("The signed-in user's enrollments, newest first.");
}

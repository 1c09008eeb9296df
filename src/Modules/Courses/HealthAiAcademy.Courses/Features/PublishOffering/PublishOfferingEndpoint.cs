using HealthAiAcademy.BuildingBlocks.Authorization;
using HealthAiAcademy.BuildingBlocks.Web;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace HealthAiAcademy.Courses.Features.PublishOffering;

internal static class PublishOfferingEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapPost("/offerings/{offeringId:guid}/publish", HandleAsync)
            .RequireAuthorization(Policies.Coordinators)
            .WithName("PublishOffering")
            .WithSummary("Opens a draft offering in the catalog (409 when it is not a draft).");

    private static async Task<Results<NoContent, ProblemHttpResult>> HandleAsync(
        Guid offeringId, PublishOfferingHandler handler, CancellationToken cancellationToken) =>
        await handler.HandleAsync(offeringId, cancellationToken) ? TypedResults.NoContent() : Problems.NotFound("The offering");
}

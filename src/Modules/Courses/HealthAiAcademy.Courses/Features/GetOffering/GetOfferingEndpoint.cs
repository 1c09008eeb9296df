using HealthAiAcademy.BuildingBlocks.Web;
using HealthAiAcademy.Courses.Features.Shared;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.AspNetCore.Routing;

namespace HealthAiAcademy.Courses.Features.GetOffering;

internal static class GetOfferingEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/offerings/{offeringId:guid}", HandleAsync)
            .AllowAnonymous()
            .CacheOutput(CatalogCache.Policy)
            .WithName("GetOffering")
            .WithSummary("One offering of the catalog.");

    private static async Task<Results<Ok<OfferingDetails>, ProblemHttpResult>> HandleAsync(
        Guid offeringId, GetOfferingHandler handler, CancellationToken cancellationToken)
    {
        var offering = await handler.HandleAsync(offeringId, cancellationToken);
        return offering is null ? Problems.NotFound("The offering") : TypedResults.Ok(offering);
    }
}

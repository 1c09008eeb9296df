using HealthAiAcademy.BuildingBlocks.Authorization;
using HealthAiAcademy.BuildingBlocks.Web;
using HealthAiAcademy.Courses.Contracts;
using HealthAiAcademy.Courses.Features.Shared;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace HealthAiAcademy.Courses.Features.GetManagedOffering;

internal static class GetManagedOfferingEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/manage/offerings/{offeringId:guid}", async Task<Results<Ok<ManagedOffering>, ProblemHttpResult>> (Guid offeringId, GetManagedOfferingHandler handler, CancellationToken cancellationToken) =>
                await handler.HandleAsync(offeringId, cancellationToken) is { } offering ? TypedResults.Ok(offering) : Problems.NotFound("The offering"))
            .RequireAuthorization(Policies.Staff).WithName("GetManagedOffering");
}

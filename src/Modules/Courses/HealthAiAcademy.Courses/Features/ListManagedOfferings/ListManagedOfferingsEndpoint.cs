using HealthAiAcademy.BuildingBlocks.Authorization;
using HealthAiAcademy.BuildingBlocks.Web;
using HealthAiAcademy.Courses.Contracts;
using HealthAiAcademy.Courses.Features.Shared;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace HealthAiAcademy.Courses.Features.ListManagedOfferings;

internal static class ListManagedOfferingsEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/manage/offerings", async (ListManagedOfferingsHandler handler, CancellationToken cancellationToken) =>
                TypedResults.Ok(await handler.HandleAsync(cancellationToken)))
            .RequireAuthorization(Policies.Staff).WithName("ListManagedOfferings")
            .WithSummary("Offerings in every status: all for coordinators, their own for instructors.");
}

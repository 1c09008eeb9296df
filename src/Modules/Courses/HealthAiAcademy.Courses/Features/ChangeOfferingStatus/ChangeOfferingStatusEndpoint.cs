using HealthAiAcademy.BuildingBlocks.Authorization;
using HealthAiAcademy.BuildingBlocks.Web;
using HealthAiAcademy.Courses.Contracts;
using HealthAiAcademy.Courses.Features.Shared;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace HealthAiAcademy.Courses.Features.ChangeOfferingStatus;

internal static class ChangeOfferingStatusEndpoint
{
    public static void Map(IEndpointRouteBuilder api)
    {
        MapStatus(api, "publish", OfferingStatus.Published);
        MapStatus(api, "close", OfferingStatus.Closed);
        MapStatus(api, "complete", OfferingStatus.Completed);
        MapStatus(api, "cancel", OfferingStatus.Cancelled);
    }

    private static void MapStatus(IEndpointRouteBuilder api, string action, OfferingStatus target) =>
        api.MapPost($"/offerings/{{offeringId:guid}}/{action}", async (Guid offeringId, ChangeOfferingStatusHandler handler, CancellationToken cancellationToken) =>
                (await handler.HandleAsync(offeringId, target, cancellationToken)).ToResult(TypedResults.Ok))
            .RequireAuthorization(Policies.Coordinators)
            .WithName($"{char.ToUpperInvariant(action[0])}{action[1..]}Offering")
            .WithSummary($"Moves the offering to {target}; an illegal transition is a 409.")
            .Produces<ManagedOffering>().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
}

using HealthAiAcademy.BuildingBlocks.Authorization;
using HealthAiAcademy.BuildingBlocks.Web;
using HealthAiAcademy.Courses.Contracts;
using HealthAiAcademy.Courses.Features.Shared;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace HealthAiAcademy.Courses.Features.RerunOffering;

internal static class RerunOfferingEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapPost("/offerings/{offeringId:guid}/rerun", async (Guid offeringId, RerunRequest request, RerunOfferingHandler handler, CancellationToken cancellationToken) =>
                (await handler.HandleAsync(offeringId, request, cancellationToken)).ToResult(o => TypedResults.Created($"/api/courses/manage/offerings/{o.Id}", o)))
            .RequireAuthorization(Policies.Coordinators).WithName("RerunOffering")
            .WithSummary("Copies an offering into a new draft with every date and session shifted by shiftDays.")
            .Produces<ManagedOffering>(StatusCodes.Status201Created).ProducesValidationProblem();
}

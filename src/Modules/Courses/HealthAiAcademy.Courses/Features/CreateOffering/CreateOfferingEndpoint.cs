using HealthAiAcademy.BuildingBlocks.Authorization;
using HealthAiAcademy.BuildingBlocks.Web;
using HealthAiAcademy.Courses.Contracts;
using HealthAiAcademy.Courses.Features.Shared;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace HealthAiAcademy.Courses.Features.CreateOffering;

internal static class CreateOfferingEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapPost("/offerings", async (OfferingRequest request, CreateOfferingHandler handler, CancellationToken cancellationToken) =>
                (await handler.HandleAsync(request, cancellationToken)).ToResult(o => TypedResults.Created($"/api/courses/manage/offerings/{o.Id}", o)))
            .RequireAuthorization(Policies.Coordinators).WithName("CreateOffering")
            .WithSummary("Plans a new run of a course as a draft.")
            .Produces<ManagedOffering>(StatusCodes.Status201Created).ProducesValidationProblem();
}

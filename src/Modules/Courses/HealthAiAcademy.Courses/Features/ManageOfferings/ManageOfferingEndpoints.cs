using HealthAiAcademy.BuildingBlocks.Authorization;
using HealthAiAcademy.BuildingBlocks.Web;
using HealthAiAcademy.Courses.Contracts;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace HealthAiAcademy.Courses.Features.ManageOfferings;

internal static class ManageOfferingEndpoints
{
    public static void Map(IEndpointRouteBuilder api)
    {
        api.MapPost("/offerings", async (OfferingRequest request, OfferingCommands commands, CancellationToken cancellationToken) =>
                (await commands.CreateAsync(request, cancellationToken)).ToResult(o => TypedResults.Created($"/api/courses/manage/offerings/{o.Id}", o)))
            .RequireAuthorization(Policies.Coordinators).WithName("CreateOffering")
            .WithSummary("Plans a new run of a course as a draft.")
            .Produces<ManagedOffering>(StatusCodes.Status201Created).ProducesValidationProblem();

        api.MapPut("/offerings/{offeringId:guid}", async (Guid offeringId, OfferingRequest request, OfferingCommands commands, CancellationToken cancellationToken) =>
                (await commands.UpdateAsync(offeringId, request, cancellationToken)).ToResult(TypedResults.Ok))
            .RequireAuthorization(Policies.Staff).WithName("UpdateOffering")
            .WithSummary("Changes an offering (coordinators, or its own instructors). Capacity below the seats taken is a 409.")
            .Produces<ManagedOffering>().ProducesValidationProblem().ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status409Conflict);

        MapStatus(api, "publish", OfferingStatus.Published);
        MapStatus(api, "close", OfferingStatus.Closed);
        MapStatus(api, "complete", OfferingStatus.Completed);
        MapStatus(api, "cancel", OfferingStatus.Cancelled);

        api.MapPost("/offerings/{offeringId:guid}/rerun", async (Guid offeringId, RerunRequest request, OfferingCommands commands, CancellationToken cancellationToken) =>
                (await commands.RerunAsync(offeringId, request, cancellationToken)).ToResult(o => TypedResults.Created($"/api/courses/manage/offerings/{o.Id}", o)))
            .RequireAuthorization(Policies.Coordinators).WithName("RerunOffering")
            .WithSummary("Copies an offering into a new draft with every date and session shifted by shiftDays.")
            .Produces<ManagedOffering>(StatusCodes.Status201Created).ProducesValidationProblem();

        api.MapGet("/manage/offerings", async (ManagedOfferingQueries queries, CancellationToken cancellationToken) =>
                TypedResults.Ok(await queries.ListAsync(cancellationToken)))
            .RequireAuthorization(Policies.Staff).WithName("ListManagedOfferings")
            .WithSummary("Offerings in every status: all for coordinators, their own for instructors.");

        api.MapGet("/manage/offerings/{offeringId:guid}", async Task<Results<Ok<ManagedOffering>, ProblemHttpResult>> (Guid offeringId, ManagedOfferingQueries queries, CancellationToken cancellationToken) =>
                await queries.GetAsync(offeringId, cancellationToken) is { } offering ? TypedResults.Ok(offering) : Problems.NotFound("The offering"))
            .RequireAuthorization(Policies.Staff).WithName("GetManagedOffering");
    }

    private static void MapStatus(IEndpointRouteBuilder api, string action, OfferingStatus target) =>
        api.MapPost($"/offerings/{{offeringId:guid}}/{action}", async (Guid offeringId, OfferingCommands commands, CancellationToken cancellationToken) =>
                (await commands.ChangeStatusAsync(offeringId, target, cancellationToken)).ToResult(TypedResults.Ok))
            .RequireAuthorization(Policies.Coordinators)
            .WithName($"{char.ToUpperInvariant(action[0])}{action[1..]}Offering")
            .WithSummary($"Moves the offering to {target}; an illegal transition is a 409.")
            .Produces<ManagedOffering>().ProducesProblem(StatusCodes.Status409Conflict);
}

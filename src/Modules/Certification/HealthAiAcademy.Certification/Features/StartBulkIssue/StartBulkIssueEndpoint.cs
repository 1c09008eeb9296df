using HealthAiAcademy.BuildingBlocks.Authorization;
using HealthAiAcademy.BuildingBlocks.Web;
using HealthAiAcademy.Certification.Features.Shared;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace HealthAiAcademy.Certification.Features.StartBulkIssue;

internal static class StartBulkIssueEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapPost("/offerings/{offeringId:guid}/bulk-issue", async (Guid offeringId, bool? regenerate, StartBulkIssueHandler handler, CancellationToken cancellationToken) =>
                (await handler.HandleAsync(offeringId, regenerate ?? false, cancellationToken))
                    .ToResult(run => TypedResults.Accepted($"/api/certification/bulk-issue/{run.Id}", run)))
            .RequireAuthorization(Policies.Coordinators).WithName("BulkIssueCertificates")
            .WithSummary("Starts a background job issuing every missing certificate (?regenerate=true also renders existing ones again); 202 with the job id.")
            .Produces<BulkRunView>(StatusCodes.Status202Accepted).ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
}

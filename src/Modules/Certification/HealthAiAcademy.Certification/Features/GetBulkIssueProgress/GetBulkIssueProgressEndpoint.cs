using HealthAiAcademy.BuildingBlocks.Authorization;
using HealthAiAcademy.BuildingBlocks.Web;
using HealthAiAcademy.Certification.Features.Shared;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace HealthAiAcademy.Certification.Features.GetBulkIssueProgress;

internal static class GetBulkIssueProgressEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/bulk-issue/{runId:guid}", async (Guid runId, GetBulkIssueProgressHandler handler, CancellationToken cancellationToken) =>
                (await handler.HandleAsync(runId, cancellationToken)).ToResult(TypedResults.Ok))
            .RequireAuthorization(Policies.Coordinators).WithName("BulkIssueProgress")
            .Produces<BulkRunView>();
}

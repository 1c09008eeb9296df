using HealthAiAcademy.Assessment.Features.Shared;
using HealthAiAcademy.BuildingBlocks.Authorization;
using HealthAiAcademy.BuildingBlocks.Web;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace HealthAiAcademy.Assessment.Features.GetGradebook;

internal static class GetGradebookEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/offerings/{offeringId:guid}/gradebook", async (Guid offeringId, string? format, GetGradebookHandler handler, CancellationToken cancellationToken) =>
                (await handler.HandleAsync(offeringId, cancellationToken)).ToResult(book => format == "csv"
                    ? CsvDownloads.File(GetGradebookHandler.ToCsv(book), "gradebook.csv")
                    : TypedResults.Ok(book)))
            .RequireAuthorization(Policies.Staff).WithName("Gradebook")
            .WithSummary("Participants × assessments with the weighted final score, pass/fail and statistics; ?format=csv to export.")
            .Produces<Gradebook>(StatusCodes.Status200OK, "application/json", "text/csv");
}

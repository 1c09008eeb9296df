using HealthAiAcademy.BuildingBlocks.Authorization;
using HealthAiAcademy.BuildingBlocks.Web;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace HealthAiAcademy.Enrollment.Features.GetRoster;

internal static class GetRosterEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/offerings/{offeringId:guid}/roster", async (Guid offeringId, string? format, GetRosterHandler handler, CancellationToken cancellationToken) =>
                (await handler.HandleAsync(offeringId, cancellationToken)).ToResult(entries => format == "csv"
                    ? CsvDownloads.File(GetRosterHandler.ToCsv(entries), "roster.csv")
                    : TypedResults.Ok(entries)))
            .RequireAuthorization(Policies.Staff).WithName("Roster")
            .WithSummary("Everyone enrolled, waitlisted or applying, with registration numbers; ?format=csv for registries.")
            .Produces<IReadOnlyList<RosterEntry>>(StatusCodes.Status200OK, "application/json", "text/csv")
            .ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound);
}

using HealthAiAcademy.BuildingBlocks.Authorization;
using HealthAiAcademy.BuildingBlocks.Web;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace HealthAiAcademy.Enrollment.Features.ImportPastRun;

internal static class ImportPastRunEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapPost("/offerings/{offeringId:guid}/past-run/attendance", async (Guid offeringId, HttpRequest request, ImportPastRunHandler handler, CancellationToken cancellationToken) =>
            {
                using var reader = new StreamReader(request.Body);
                return (await handler.HandleAsync(offeringId, await reader.ReadToEndAsync(cancellationToken), cancellationToken)).ToResult(TypedResults.Ok);
            })
            .RequireAuthorization(Policies.Coordinators).WithName("ImportPastRun")
            .WithSummary("Imports a past run's attendance list (CSV: Email, Full name, Registration number, Profession, a column per session by its start): enrols and invites the people, records attendance, completes who met the rules.")
            .Accepts<string>("text/csv")
            .Produces<PastRunImport>()
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
}

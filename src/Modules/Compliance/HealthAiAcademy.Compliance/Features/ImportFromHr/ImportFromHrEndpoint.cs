using HealthAiAcademy.BuildingBlocks.Authorization;
using HealthAiAcademy.BuildingBlocks.Web;
using HealthAiAcademy.Compliance.Features.Shared;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace HealthAiAcademy.Compliance.Features.ImportFromHr;

internal static class ImportFromHrEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapPost("/organisation/hr-imports", async (HttpRequest request, bool? listsEveryone, ImportFromHrHandler handler, CancellationToken cancellationToken) =>
            {
                using var reader = new StreamReader(request.Body);
                var csv = await reader.ReadToEndAsync(cancellationToken);
                return (await handler.HandleAsync(new ImportFromHrRequest(csv, listsEveryone ?? false), cancellationToken))
                    .ToResult(import => TypedResults.Created($"/api/compliance/organisation/hr-imports#{import.Id}", import));
            })
            .RequireAuthorization(Policies.Administrators).WithName("ImportFromHr")
            .WithSummary("Imports an HR file (CSV: Staff number and/or Email, Name, Division, Department, Unit, Function, Manager): adds units and functions, sets each matched person's memberships to the file's, reports the lines that matched nobody. listsEveryone=true ends imported memberships of people the file does not list.")
            .Accepts<string>("text/csv")
            .Produces<HrImportView>(StatusCodes.Status201Created)
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status409Conflict);
}

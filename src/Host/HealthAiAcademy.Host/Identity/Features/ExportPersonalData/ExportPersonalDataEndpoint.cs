using HealthAiAcademy.BuildingBlocks.Authorization;
using HealthAiAcademy.BuildingBlocks.Users;
using HealthAiAcademy.BuildingBlocks.Web;

namespace HealthAiAcademy.Host.Identity.Features.ExportPersonalData;

internal static class ExportPersonalDataEndpoint
{
    public const string ContentType = "application/zip";

    public static void Map(IEndpointRouteBuilder auth) =>
        auth.MapGet("/me/personal-data", async (ExportPersonalDataHandler handler, CancellationToken cancellationToken) =>
                await handler.HandleAsync(cancellationToken) is { } zip
                    ? TypedResults.File(zip, ContentType, "my-health-ai-academy-data.zip")
                    : (IResult)Problems.NotFound("The account"))
            .RequireAuthorization(Policies.SignedIn).WithName("ExportPersonalData")
            .WithSummary("Everything the academy holds about you, as a ZIP of JSON files with your hand-ins and certificates.")
            .ProducesFile(ContentType)
            .ProducesProblem(StatusCodes.Status404NotFound);
}

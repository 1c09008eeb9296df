using HealthAiAcademy.BuildingBlocks.Authorization;
using HealthAiAcademy.BuildingBlocks.Time;
using HealthAiAcademy.BuildingBlocks.Web;
using HealthAiAcademy.Certification.Rendering;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace HealthAiAcademy.Certification.Features.GetCpdDossier;

internal static class GetCpdDossierEndpoint
{
    public static void Map(IEndpointRouteBuilder api)
    {
        api.MapGet("/me/cpd-dossier", async (GetCpdDossierHandler handler, CancellationToken cancellationToken) => TypedResults.Ok(await handler.HandleAsync(cancellationToken)))
            .RequireAuthorization(Policies.SignedIn).WithName("CpdDossier")
            .WithSummary("The signed-in person's CPD dossier: points per registry per year, the re-registration cycle's progress, every entry.")
            .Produces<CpdDossier>();
        api.MapGet("/me/cpd-dossier.csv", async (GetCpdDossierHandler handler, CancellationToken cancellationToken) =>
                TypedResults.File(GetCpdDossierHandler.Csv(await handler.HandleAsync(cancellationToken)), CsvDownloads.ContentType, "cpd-dossier.csv"))
            .RequireAuthorization(Policies.SignedIn).WithName("CpdDossierCsv")
            .WithSummary("The CPD dossier's entries as CSV.")
            .ProducesFile("text/csv");
        api.MapGet("/me/cpd-dossier.pdf", async (GetCpdDossierHandler handler, CpdDossierRenderer renderer, TimeProvider clock, CancellationToken cancellationToken) =>
                TypedResults.File(renderer.Render(await handler.HandleAsync(cancellationToken), AcademyTime.DateOf(clock.GetUtcNow().UtcDateTime)), "application/pdf", "cpd-dossier.pdf"))
            .RequireAuthorization(Policies.SignedIn).WithName("CpdDossierPdf")
            .WithSummary("The CPD dossier as PDF, in the reader's language.")
            .ProducesFile("application/pdf");
    }
}

using System.Globalization;
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
                CsvDownloads.File(Csv(await handler.HandleAsync(cancellationToken)), "cpd-dossier.csv"))
            .RequireAuthorization(Policies.SignedIn).WithName("CpdDossierCsv")
            .WithSummary("The CPD dossier's entries as CSV.")
            .ProducesFile("text/csv");
        api.MapGet("/me/cpd-dossier.pdf", async (GetCpdDossierHandler handler, CpdDossierRenderer renderer, TimeProvider clock, CancellationToken cancellationToken) =>
                TypedResults.File(renderer.Render(await handler.HandleAsync(cancellationToken), AcademyTime.DateOf(clock.GetUtcNow().UtcDateTime)), "application/pdf", "cpd-dossier.pdf"))
            .RequireAuthorization(Policies.SignedIn).WithName("CpdDossierPdf")
            .WithSummary("The CPD dossier as PDF, in the reader's language.")
            .ProducesFile("application/pdf");
    }

    private static string Csv(CpdDossier dossier)
    {
        using var text = new StringWriter(CultureInfo.InvariantCulture);
        var rows = new List<IReadOnlyList<string>> { new[] { "Date", "Title", "Provider", "Registry", "Points", "Source" } };
        rows.AddRange(dossier.Entries.Select(e => (IReadOnlyList<string>)[
            e.CompletedOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), e.Title, e.Provider, e.Registry, e.Points.ToString("0.##", CultureInfo.InvariantCulture),
            e.CertificateNumber is { } number ? $"Certificate {number}" : e.HasEvidence ? "Own entry, evidence kept" : "Own entry"]));
        return System.Text.Encoding.UTF8.GetString(CsvDownloads.Encode(rows)).TrimStart('\uFEFF');
    }
}

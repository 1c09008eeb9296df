using HealthAiAcademy.BuildingBlocks.Authorization;
using HealthAiAcademy.BuildingBlocks.Web;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace HealthAiAcademy.Compliance.Features.IssueEvidenceReport;

internal static class IssueEvidenceReportEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapPost("/evidence-reports", async (IssueEvidenceReportRequest request, IssueEvidenceReportHandler handler, CancellationToken cancellationToken) =>
                (await handler.HandleAsync(request, cancellationToken)).ToResult(report => TypedResults.Created(report.PdfUrl, report)))
            .RequireAuthorization(Policies.Coordinators).WithName("IssueEvidenceReport")
            .WithSummary("Issues an AI-literacy evidence report for a unit (with the units below) or the whole hospital as it stood on a day: PDF and CSV, the CSV's SHA-256 stated in the PDF; kept in the register and audited.")
            .Produces<IssuedEvidenceReport>(StatusCodes.Status201Created).ProducesValidationProblem().ProducesProblem(StatusCodes.Status403Forbidden);
}

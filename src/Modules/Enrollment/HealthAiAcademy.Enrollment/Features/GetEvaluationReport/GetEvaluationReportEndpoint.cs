using HealthAiAcademy.BuildingBlocks.Authorization;
using HealthAiAcademy.BuildingBlocks.Web;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace HealthAiAcademy.Enrollment.Features.GetEvaluationReport;

internal static class GetEvaluationReportEndpoint
{
    public static void Map(IEndpointRouteBuilder api)
    {
        api.MapGet("/offerings/{offeringId:guid}/evaluation/report", async (Guid offeringId, GetEvaluationReportHandler handler, CancellationToken cancellationToken) =>
                (await handler.HandleAsync(offeringId, cancellationToken)).ToResult(TypedResults.Ok))
            .RequireAuthorization(Policies.Staff).WithName("EvaluationReport")
            .WithSummary("The evaluation's response rate, each statement's distribution and mean, and the open answers; withheld below three answers.")
            .Produces<EvaluationReport>().ProducesProblem(StatusCodes.Status404NotFound);
        api.MapGet("/offerings/{offeringId:guid}/evaluation/report.csv", async (Guid offeringId, GetEvaluationReportHandler handler, CancellationToken cancellationToken) =>
                (await handler.HandleAsync(offeringId, cancellationToken))
                    .ToResult(report => TypedResults.File(GetEvaluationReportHandler.Csv(report), CsvDownloads.ContentType, "evaluation.csv")))
            .RequireAuthorization(Policies.Staff).WithName("EvaluationReportCsv")
            .WithSummary("The evaluation report as CSV, for the accreditation body.")
            .ProducesFile(CsvDownloads.ContentType).ProducesProblem(StatusCodes.Status404NotFound);
    }
}

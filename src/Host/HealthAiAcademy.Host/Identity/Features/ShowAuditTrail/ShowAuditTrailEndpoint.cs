using HealthAiAcademy.BuildingBlocks.Authorization;
using HealthAiAcademy.BuildingBlocks.Web;
using Microsoft.AspNetCore.Mvc;

namespace HealthAiAcademy.Host.Identity.Features.ShowAuditTrail;

internal static class ShowAuditTrailEndpoint
{
    public static void Map(IEndpointRouteBuilder admin)
    {
        admin.MapGet("/audit", async ([AsParameters] AuditFilters filters, ShowAuditTrailHandler handler, CancellationToken cancellationToken) =>
                (await handler.HandleAsync(filters.ToRequest(), cancellationToken)).ToResult(TypedResults.Ok))
            .RequireAuthorization(Policies.Administrators).WithName("ShowAuditTrail")
            .WithSummary("What staff did, across every module, newest first: approvals, attendance, grades, certificates, roles, offering rules.")
            .Produces<PagedResult<AuditLine>>()
            .ProducesValidationProblem();

        admin.MapGet("/audit.csv", async ([AsParameters] AuditFilters filters, ShowAuditTrailHandler handler, CancellationToken cancellationToken) =>
                (await handler.ExportAsync(filters.ToRequest(), cancellationToken)).ToResult(lines =>
                    TypedResults.File(ShowAuditTrailHandler.Csv(lines), CsvDownloads.ContentType, "audit-trail.csv")))
            .RequireAuthorization(Policies.Administrators).WithName("DownloadAuditTrail")
            .WithSummary("The same entries as CSV (UTF-8 with BOM, at most 10,000 rows).")
            .ProducesFile("text/csv")
            .ProducesValidationProblem();
    }

    /// <summary>Properties rather than a positional record: the request delegate generator mistypes a constructor's nullable parameters.</summary>
    internal sealed class AuditFilters
    {
        [FromQuery] public string? From { get; init; }

        [FromQuery] public string? To { get; init; }

        [FromQuery] public string? Module { get; init; }

        [FromQuery] public string? Action { get; init; }

        [FromQuery] public string? Actor { get; init; }

        [FromQuery] public string? Person { get; init; }

        [FromQuery] public Guid? OfferingId { get; init; }

        [FromQuery] public int? Page { get; init; }

        [FromQuery] public int? PageSize { get; init; }

        public ShowAuditTrailRequest ToRequest() => new(From, To, Module, Action, Actor, Person, OfferingId, Page, PageSize);
    }
}

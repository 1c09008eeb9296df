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

    internal sealed record AuditFilters(
        [FromQuery] string? From, [FromQuery] string? To, [FromQuery] string? Module, [FromQuery] string? Action, [FromQuery] string? Actor,
        [FromQuery] string? Person, [FromQuery] Guid? OfferingId, [FromQuery] int? Page, [FromQuery] int? PageSize)
    {
        public ShowAuditTrailRequest ToRequest() => new(From, To, Module, Action, Actor, Person, OfferingId, Page, PageSize);
    }
}

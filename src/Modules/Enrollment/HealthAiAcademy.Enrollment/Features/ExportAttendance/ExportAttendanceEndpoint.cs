using HealthAiAcademy.BuildingBlocks.Authorization;
using HealthAiAcademy.BuildingBlocks.Web;
using HealthAiAcademy.Enrollment.Features.Shared;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace HealthAiAcademy.Enrollment.Features.ExportAttendance;

internal static class ExportAttendanceEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/offerings/{offeringId:guid}/attendance.csv", async (Guid offeringId, ExportAttendanceHandler handler, CancellationToken cancellationToken) =>
                (await handler.HandleAsync(offeringId, cancellationToken)).ToResult(csv => CsvDownloads.File(csv, "attendance.csv")))
            .RequireAuthorization(Policies.Staff).WithName("AttendanceExport")
            .WithSummary("Attendance per participant and session with registration numbers, for accreditation registries.")
            .ProducesFile("text/csv").ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound);
}

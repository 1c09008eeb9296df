using HealthAiAcademy.Assessment.Features.Shared;
using HealthAiAcademy.BuildingBlocks.Authorization;
using HealthAiAcademy.BuildingBlocks.Web;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.Net.Http.Headers;

namespace HealthAiAcademy.Assessment.Features.DownloadSubmissionFile;

internal static class DownloadSubmissionFileEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/submissions/{submissionId:guid}/file", async Task<Results<FileContentHttpResult, ProblemHttpResult>> (Guid submissionId, DownloadSubmissionFileHandler handler, HttpContext http, CancellationToken cancellationToken) =>
            {
                if (await handler.HandleAsync(submissionId, cancellationToken) is not { } file)
                {
                    return Problems.NotFound("The file");
                }

                // Served as an opaque download: never rendered or sniffed by the browser.
                http.Response.Headers[HeaderNames.XContentTypeOptions] = "nosniff";
                http.Response.Headers[HeaderNames.ContentSecurityPolicy] = "sandbox; default-src 'none'";
                return TypedResults.File(file.Content, "application/octet-stream", file.FileName);
            })
            .RequireAuthorization(Policies.SignedIn).WithName("SubmissionFile");
}

using HealthAiAcademy.BuildingBlocks.Authorization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace HealthAiAcademy.Courses.Features.Content;

internal static class ContentEndpoints
{
    public static void Map(IEndpointRouteBuilder api)
    {
        api.MapGet("/offerings/{offeringId:guid}/content", async (Guid offeringId, ContentHandlers handlers, CancellationToken cancellationToken) =>
                (await handlers.GetAsync(offeringId, cancellationToken)).ToResult(TypedResults.Ok))
            .RequireAuthorization(Policies.SignedIn).WithName("GetContent")
            .WithSummary("Modules and lessons, for enrolled participants and staff (403 for others).");

        api.MapPost("/offerings/{offeringId:guid}/content/modules", async (Guid offeringId, ContentModuleRequest request, ContentHandlers handlers, CancellationToken cancellationToken) =>
                (await handlers.AddModuleAsync(offeringId, request, cancellationToken)).ToResult(m => TypedResults.Created($"/api/courses/offerings/{offeringId}/content", m)))
            .RequireAuthorization(Policies.Staff).WithName("AddContentModule");

        api.MapPost("/content/modules/{moduleId:guid}/lessons", async (Guid moduleId, LessonRequest request, ContentHandlers handlers, CancellationToken cancellationToken) =>
                (await handlers.AddLessonAsync(moduleId, request, cancellationToken)).ToResult(l => TypedResults.Created($"/api/courses/content/modules/{moduleId}", l)))
            .RequireAuthorization(Policies.Staff).WithName("AddLesson");
    }
}

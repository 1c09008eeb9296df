using HealthAiAcademy.BuildingBlocks.Web;
using HealthAiAcademy.Courses.Contracts;
using HealthAiAcademy.Courses.Features.Shared;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.AspNetCore.Routing;

namespace HealthAiAcademy.Courses.Features.ListOfferings;

internal static class ListOfferingsEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/offerings", HandleAsync)
            .AllowAnonymous()
            .CacheOutput(CatalogCache.Policy)
            .WithName("ListOfferings")
            .WithSummary("The public catalog: published offerings, filtered, sorted (startsAt or title) and paged.");

    private static async Task<Results<Ok<PagedResult<OfferingSummary>>, ValidationProblem>> HandleAsync(
        string? q, string? kind, string? topic, string? audience, string? language, bool? accredited, bool? upcoming, string? sort,
        int? page, int? pageSize, ListOfferingsHandler handler, TimeProvider clock, CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors();
        var (actualPage, actualSize) = PageRequest.Validate(page, pageSize, errors);
        OfferingKind? parsedKind = string.IsNullOrWhiteSpace(kind) ? null : EnumInput.Parse<OfferingKind>(kind, "kind", errors);
        var parsedSort = EnumInput.Parse<CatalogSort>(sort, "sort", errors, CatalogSort.StartsAt);
        errors.AddIf(language is not (null or "" or "nl" or "en"), "language", "Language is nl or en.");
        if (!errors.IsValid)
        {
            return errors.ToProblem();
        }

        var query = new CatalogQuery(q, parsedKind, topic, actualPage, actualSize, audience, language, accredited,
            upcoming == true ? clock.GetUtcNow().UtcDateTime : null, parsedSort!.Value);
        return TypedResults.Ok(await handler.HandleAsync(query, cancellationToken));
    }
}

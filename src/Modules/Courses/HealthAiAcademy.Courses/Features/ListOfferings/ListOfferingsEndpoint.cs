using HealthAiAcademy.BuildingBlocks.Web;
using HealthAiAcademy.Courses.Contracts;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace HealthAiAcademy.Courses.Features.ListOfferings;

internal static class ListOfferingsEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/offerings", HandleAsync)
            .AllowAnonymous()
            .WithName("ListOfferings")
            .WithSummary("The public catalog: published offerings, filtered and paged.");

    private static async Task<Results<Ok<PagedResult<OfferingSummary>>, ValidationProblem>> HandleAsync(
        string? q, string? kind, string? topic, int? page, int? pageSize, ListOfferingsHandler handler, CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors();
        var (actualPage, actualSize) = PageRequest.Validate(page, pageSize, errors);
        OfferingKind? parsedKind = null;
        if (!string.IsNullOrWhiteSpace(kind))
        {
            if (Enum.TryParse<OfferingKind>(kind, ignoreCase: true, out var value) && Enum.IsDefined(value))
            {
                parsedKind = value;
            }
            else
            {
                errors.Add("kind", $"Unknown kind '{kind}'. Use one of: {string.Join(", ", Enum.GetNames<OfferingKind>())}.");
            }
        }

        if (!errors.IsValid)
        {
            return errors.ToProblem();
        }

        var result = await handler.HandleAsync(new CatalogQuery(q, parsedKind, topic, actualPage, actualSize), cancellationToken);
        return TypedResults.Ok(result);
    }
}

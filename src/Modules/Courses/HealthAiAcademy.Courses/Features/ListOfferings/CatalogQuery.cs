using HealthAiAcademy.Courses.Contracts;

namespace HealthAiAcademy.Courses.Features.ListOfferings;

/// <summary>What a visitor filters the catalog by.</summary>
internal sealed record CatalogQuery(string? Search, OfferingKind? Kind, string? Topic, int Page, int PageSize);

namespace HealthAiAcademy.BuildingBlocks.Web;

/// <summary>The shape of every list endpoint: <c>{ items, page, pageSize, total }</c>.</summary>
public sealed record PagedResult<T>(IReadOnlyList<T> Items, int Page, int PageSize, int Total);

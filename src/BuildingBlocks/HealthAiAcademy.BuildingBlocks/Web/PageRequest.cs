namespace HealthAiAcademy.BuildingBlocks.Web;

public static class PageRequest
{
    public const int DefaultPageSize = 20;
    public const int MaxPageSize = 100;

    /// <summary>Checks paging query values and fills in defaults.</summary>
    public static (int Page, int PageSize) Validate(int? page, int? pageSize, ValidationErrors errors)
    {
        var actualPage = page ?? 1;
        var actualSize = pageSize ?? DefaultPageSize;
        errors.AddIf(actualPage < 1, "page", "Page must be 1 or more.");
        errors.AddIf(actualSize is < 1 or > MaxPageSize, "pageSize", $"Page size must be between 1 and {MaxPageSize}.");
        return (actualPage, actualSize);
    }
}

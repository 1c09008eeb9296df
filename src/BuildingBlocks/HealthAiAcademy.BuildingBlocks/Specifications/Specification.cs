using System.Linq.Expressions;

namespace HealthAiAcademy.BuildingBlocks.Specifications;

/// <summary>A reusable, named query: filters, order, includes and paging, applied by <see cref="SpecificationEvaluator"/>.</summary>
public abstract class Specification<T>
    where T : class
{
    private readonly List<Expression<Func<T, bool>>> criteria = [];
    private readonly List<(LambdaExpression KeySelector, bool Descending)> orderings = [];
    private readonly List<string> includes = [];

    public IReadOnlyList<Expression<Func<T, bool>>> Criteria => criteria;

    public IReadOnlyList<(LambdaExpression KeySelector, bool Descending)> Orderings => orderings;

    public IReadOnlyList<string> Includes => includes;

    public int? Skip { get; private set; }

    public int? Take { get; private set; }

    public bool AsNoTracking { get; private set; } = true;

    protected void Where(Expression<Func<T, bool>> predicate) => criteria.Add(predicate);

    protected void OrderBy<TKey>(Expression<Func<T, TKey>> keySelector) => orderings.Add((keySelector, false));

    protected void OrderByDescending<TKey>(Expression<Func<T, TKey>> keySelector) => orderings.Add((keySelector, true));

    protected void Include(string navigationPath) => includes.Add(navigationPath);

    protected void Page(int page, int pageSize)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(page, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(pageSize, 1);
        Skip = (page - 1) * pageSize;
        Take = pageSize;
    }

    protected void Tracked() => AsNoTracking = false;
}

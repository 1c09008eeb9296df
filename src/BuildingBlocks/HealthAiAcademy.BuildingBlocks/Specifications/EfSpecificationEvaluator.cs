using Ardalis.Specification;

namespace HealthAiAcademy.BuildingBlocks.Specifications;

/// <summary>
/// Ardalis.Specification's evaluator pipeline for EF Core queries. The registry here does not serve
/// Ardalis.Specification.EntityFrameworkCore, so the EF-specific steps it would add (includes, tracking, split queries) are
/// written in this folder and run between Ardalis's own where, order and paging evaluators (docs/adr/0013).
/// </summary>
public sealed class EfSpecificationEvaluator : ISpecificationEvaluator
{
    public static EfSpecificationEvaluator Default { get; } = new();

    private readonly IEvaluator[] evaluators =
    [
        WhereEvaluator.Instance,
        IncludeEvaluator.Instance,
        OrderEvaluator.Instance,
        PaginationEvaluator.Instance,
        TrackingEvaluator.Instance,
        SplitQueryEvaluator.Instance,
    ];

    public IQueryable<T> GetQuery<T>(IQueryable<T> query, ISpecification<T> specification, bool evaluateCriteriaOnly = false)
        where T : class
    {
        foreach (var evaluator in evaluators.Where(e => !evaluateCriteriaOnly || e.IsCriteriaEvaluator))
        {
            query = evaluator.GetQuery(query, specification);
        }

        return query;
    }

    public IQueryable<TResult> GetQuery<T, TResult>(IQueryable<T> query, ISpecification<T, TResult> specification)
        where T : class
    {
        var evaluated = GetQuery(query, (ISpecification<T>)specification);
        if (specification.Selector is { } selector)
        {
            return evaluated.Select(selector);
        }

        if (specification.SelectorMany is { } selectorMany)
        {
            return evaluated.SelectMany(selectorMany);
        }

        throw new InvalidOperationException($"{specification.GetType().Name} selects nothing: give it a Select or SelectMany.");
    }
}

public static class SpecificationQueryableExtensions
{
    /// <summary>The query narrowed, ordered, paged and shaped by <paramref name="specification"/>.</summary>
    public static IQueryable<T> WithSpecification<T>(this IQueryable<T> query, ISpecification<T> specification)
        where T : class =>
        EfSpecificationEvaluator.Default.GetQuery(query, specification);

    /// <summary>Only the specification's criteria (filters): what to count for a paged list's total.</summary>
    public static IQueryable<T> MatchingCriteriaOf<T>(this IQueryable<T> query, ISpecification<T> specification)
        where T : class =>
        EfSpecificationEvaluator.Default.GetQuery(query, specification, evaluateCriteriaOnly: true);

    public static IQueryable<TResult> WithSpecification<T, TResult>(this IQueryable<T> query, ISpecification<T, TResult> specification)
        where T : class =>
        EfSpecificationEvaluator.Default.GetQuery(query, specification);

    /// <summary>Skips to page <paramref name="page"/> of <paramref name="pageSize"/> items (both from 1).</summary>
    public static ISpecificationBuilder<T> Page<T>(this ISpecificationBuilder<T> builder, int page, int pageSize)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(page, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(pageSize, 1);
        return builder.Skip((page - 1) * pageSize).Take(pageSize);
    }
}

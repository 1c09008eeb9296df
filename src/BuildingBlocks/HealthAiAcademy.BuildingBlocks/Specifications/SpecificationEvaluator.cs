using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;

namespace HealthAiAcademy.BuildingBlocks.Specifications;

public static class SpecificationEvaluator
{
    /// <summary>Applies the specification; <paramref name="applyPaging"/> false gives the query to count all matches.</summary>
    public static IQueryable<T> WithSpecification<T>(this IQueryable<T> query, Specification<T> specification, bool applyPaging = true)
        where T : class
    {
        foreach (var predicate in specification.Criteria)
        {
            query = query.Where(predicate);
        }

        foreach (var include in specification.Includes)
        {
            query = query.Include(include);
        }

        if (specification.AsNoTracking)
        {
            query = query.AsNoTracking();
        }

        if (!applyPaging)
        {
            return query;
        }

        for (var index = 0; index < specification.Orderings.Count; index++)
        {
            var (keySelector, descending) = specification.Orderings[index];
            var method = (index == 0, descending) switch
            {
                (true, false) => nameof(Queryable.OrderBy),
                (true, true) => nameof(Queryable.OrderByDescending),
                (false, false) => nameof(Queryable.ThenBy),
                (false, true) => nameof(Queryable.ThenByDescending),
            };
            query = query.Provider.CreateQuery<T>(Expression.Call(
                typeof(Queryable), method, [typeof(T), keySelector.ReturnType], query.Expression, Expression.Quote(keySelector)));
        }

        if (specification.Skip is { } skip)
        {
            query = query.Skip(skip);
        }

        if (specification.Take is { } take)
        {
            query = query.Take(take);
        }

        return query;
    }
}

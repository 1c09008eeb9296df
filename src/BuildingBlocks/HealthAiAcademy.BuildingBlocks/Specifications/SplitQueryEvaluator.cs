using Ardalis.Specification;
using Microsoft.EntityFrameworkCore;

namespace HealthAiAcademy.BuildingBlocks.Specifications;

/// <summary>One SQL query per included collection instead of one wide join, when the specification asks for it.</summary>
internal sealed class SplitQueryEvaluator : IEvaluator
{
    public static SplitQueryEvaluator Instance { get; } = new();

    public bool IsCriteriaEvaluator => false;

    public IQueryable<T> GetQuery<T>(IQueryable<T> query, ISpecification<T> specification)
        where T : class =>
        specification.AsSplitQuery ? query.AsSplitQuery() : query;
}

using Ardalis.Specification;
using Microsoft.EntityFrameworkCore;

namespace HealthAiAcademy.BuildingBlocks.Specifications;

/// <summary>AsNoTracking, AsNoTrackingWithIdentityResolution or AsTracking, as the specification asks; otherwise the context's default.</summary>
internal sealed class TrackingEvaluator : IEvaluator
{
    public static TrackingEvaluator Instance { get; } = new();

    public bool IsCriteriaEvaluator => true;

    public IQueryable<T> GetQuery<T>(IQueryable<T> query, ISpecification<T> specification)
        where T : class
    {
        if (specification.AsNoTracking)
        {
            return query.AsNoTracking();
        }

        if (specification.AsNoTrackingWithIdentityResolution)
        {
            return query.AsNoTrackingWithIdentityResolution();
        }

        return specification.AsTracking ? query.AsTracking() : query;
    }
}

using System.Linq.Expressions;
using System.Reflection;
using Ardalis.Specification;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Query;

namespace HealthAiAcademy.BuildingBlocks.Specifications;

/// <summary>Include and ThenInclude (after a reference or a collection), and string includes, as EF Core's extensions.</summary>
internal sealed class IncludeEvaluator : IEvaluator
{
    public static IncludeEvaluator Instance { get; } = new();

    private static readonly MethodInfo IncludeMethod = typeof(EntityFrameworkQueryableExtensions).GetTypeInfo()
        .GetDeclaredMethods(nameof(EntityFrameworkQueryableExtensions.Include))
        .Single(m => m.GetParameters()[1].ParameterType != typeof(string));

    private static readonly MethodInfo ThenIncludeAfterReference = ThenInclude(afterCollection: false);

    private static readonly MethodInfo ThenIncludeAfterCollection = ThenInclude(afterCollection: true);

    public bool IsCriteriaEvaluator => false;

    public IQueryable<T> GetQuery<T>(IQueryable<T> query, ISpecification<T> specification)
        where T : class
    {
        foreach (var path in specification.IncludeStrings)
        {
            query = query.Include(path);
        }

        foreach (var include in specification.IncludeExpressions)
        {
            query = include.Type == IncludeTypeEnum.Include
                ? Invoke<T>(IncludeMethod.MakeGenericMethod(typeof(T), include.LambdaExpression.ReturnType), query, include.LambdaExpression)
                : ThenIncludeOf(query, include);
        }

        return query;
    }

    private static IQueryable<T> ThenIncludeOf<T>(IQueryable<T> query, IncludeExpressionInfo include)
        where T : class
    {
        var previous = include.PreviousPropertyType
            ?? throw new InvalidOperationException("A ThenInclude needs the include before it.");
        var parameter = include.LambdaExpression.Parameters[0].Type;

        // The lambda's parameter is the previous property itself, or its element when the previous property is a collection.
        var method = parameter == previous
            ? ThenIncludeAfterReference.MakeGenericMethod(typeof(T), previous, include.LambdaExpression.ReturnType)
            : ThenIncludeAfterCollection.MakeGenericMethod(typeof(T), parameter, include.LambdaExpression.ReturnType);
        return Invoke<T>(method, query, include.LambdaExpression);
    }

    private static IQueryable<T> Invoke<T>(MethodInfo method, IQueryable<T> query, LambdaExpression lambda) =>
        (IQueryable<T>)method.Invoke(null, [query, lambda])!;

    private static MethodInfo ThenInclude(bool afterCollection) => typeof(EntityFrameworkQueryableExtensions).GetTypeInfo()
        .GetDeclaredMethods(nameof(EntityFrameworkQueryableExtensions.ThenInclude))
        .Single(m =>
        {
            var source = m.GetParameters()[0].ParameterType;
            var previous = source.GetGenericArguments()[1];
            return source.GetGenericTypeDefinition() == typeof(IIncludableQueryable<,>) && previous.IsGenericParameter != afterCollection;
        });
}

using System.Collections;
using System.Collections.Concurrent;
using System.Reflection;
using HealthAiAcademy.BuildingBlocks.Web;

namespace HealthAiAcademy.Host.Web;

/// <summary>
/// No list in a request body is longer than <see cref="MaxItems"/> (attendance of the largest cohort, a bulk operation):
/// a longer one is a field error naming the list, before a handler loops over it. Use cases keep their own tighter
/// limits (two to ten quiz options).
/// </summary>
internal static class BoundedLists
{
    public const int MaxItems = 2_500;

    private const int MaxDepth = 4;

    private static readonly ConcurrentDictionary<Type, PropertyInfo[]> Lists = new();

    public static EndpointFilterDelegate Factory(EndpointFilterFactoryContext context, EndpointFilterDelegate next)
    {
        var bodies = context.MethodInfo.GetParameters()
            .Select((parameter, index) => (parameter.ParameterType, Index: index))
            .Where(p => IsRequest(p.ParameterType))
            .Select(p => p.Index)
            .ToArray();
        if (bodies.Length == 0)
        {
            return next;
        }

        return async invocation =>
        {
            var errors = new ValidationErrors();
            foreach (var index in bodies)
            {
                Check(invocation.Arguments[index], string.Empty, errors, 0);
            }

            return errors.IsValid ? await next(invocation) : errors.ToProblem();
        };
    }

    private static void Check(object? value, string path, ValidationErrors errors, int depth)
    {
        if (value is null || depth > MaxDepth || !IsRequest(value.GetType()))
        {
            return;
        }

        foreach (var property in Lists.GetOrAdd(value.GetType(), ListProperties))
        {
            if (property.GetValue(value) is not ICollection items)
            {
                continue;
            }

            var name = path + char.ToLowerInvariant(property.Name[0]) + property.Name[1..];
            if (items.Count > MaxItems)
            {
                errors.Add(name, $"At most {MaxItems} items.");
                continue;
            }

            var position = 0;
            foreach (var item in items)
            {
                Check(item, $"{name}[{position++}].", errors, depth + 1);
            }
        }
    }

    private static bool IsRequest(Type type) =>
        type.IsClass && type != typeof(string) && type.Namespace?.StartsWith("HealthAiAcademy", StringComparison.Ordinal) == true;

    private static PropertyInfo[] ListProperties(Type type) =>
        [.. type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.GetIndexParameters().Length == 0 && p.PropertyType != typeof(string) && p.PropertyType != typeof(byte[]) && typeof(IEnumerable).IsAssignableFrom(p.PropertyType))];
}

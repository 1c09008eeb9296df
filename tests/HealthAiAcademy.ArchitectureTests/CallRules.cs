using System.Reflection;
using Mono.Cecil;
using Mono.Cecil.Cil;

namespace HealthAiAcademy.ArchitectureTests;

/// <summary>
/// Rules about what code calls, which NetArchTest cannot see (it checks type dependencies, and every page model depends on
/// HttpContext anyway). Reads the IL with Mono.Cecil, including the state machines and lambdas the compiler nests inside a type.
/// </summary>
internal static class CallRules
{
    public sealed record Outcome(int CheckedTypes, IReadOnlyList<string> Offenders);

    private static readonly (string Type, string Method)[] ServiceLocation =
    [
        ("Microsoft.AspNetCore.Http.HttpContext", "get_RequestServices"),
        ("Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions", "GetRequiredService"),
        ("Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions", "GetService"),
        ("System.IServiceProvider", "GetService"),
    ];

    private static readonly (string Type, string Method)[] TransactionStarts =
    [
        ("Microsoft.EntityFrameworkCore.Infrastructure.DatabaseFacade", "BeginTransaction"),
        ("Microsoft.EntityFrameworkCore.Infrastructure.DatabaseFacade", "BeginTransactionAsync"),
        ("Microsoft.EntityFrameworkCore.RelationalDatabaseFacadeExtensions", "BeginTransaction"),
        ("Microsoft.EntityFrameworkCore.RelationalDatabaseFacadeExtensions", "BeginTransactionAsync"),
        ("Microsoft.EntityFrameworkCore.RelationalDatabaseFacadeExtensions", "UseTransaction"),
        ("Microsoft.EntityFrameworkCore.RelationalDatabaseFacadeExtensions", "UseTransactionAsync"),
    ];

    /// <summary>Page models get what they need through their constructor, never from the request's service provider.</summary>
    public static Outcome PageModelsMustNotLocateServices(Assembly assembly, string? namespacePrefix = null)
    {
        var pageModels = assembly.GetTypes()
            .Where(t => typeof(Microsoft.AspNetCore.Mvc.RazorPages.PageModel).IsAssignableFrom(t))
            .Where(t => namespacePrefix is null || t.Namespace?.StartsWith(namespacePrefix, StringComparison.Ordinal) == true)
            .Select(t => t.FullName!.Replace('+', '/'))
            .ToHashSet(StringComparer.Ordinal);
        return Calls(assembly, type => pageModels.Contains(type.FullName), ServiceLocation);
    }

    /// <summary>Transactions begin only in BuildingBlocks' UnitOfWork, inside the execution strategy (docs/adr/0010).</summary>
    public static Outcome TransactionsBeginOnlyInTheUnitOfWork(Assembly assembly, string? namespacePrefix = null) =>
        Calls(assembly,
            type => type.FullName != "HealthAiAcademy.BuildingBlocks.Data.UnitOfWork"
                    && (namespacePrefix is null || type.Namespace.StartsWith(namespacePrefix, StringComparison.Ordinal)),
            TransactionStarts);

    private static Outcome Calls(Assembly assembly, Func<TypeDefinition, bool> checkedType, (string Type, string Method)[] forbidden)
    {
        using var module = ModuleDefinition.ReadModule(assembly.Location);
        var types = module.Types.Where(t => !t.Name.StartsWith('<')).Where(checkedType).ToList();
        var offenders = new List<string>();
        foreach (var type in types)
        {
            foreach (var method in WithNested(type).SelectMany(t => t.Methods).Where(m => m.HasBody))
            {
                foreach (var called in method.Body.Instructions
                             .Where(i => i.OpCode == OpCodes.Call || i.OpCode == OpCodes.Callvirt)
                             .Select(i => i.Operand)
                             .OfType<MethodReference>())
                {
                    if (forbidden.Any(f => called.DeclaringType.FullName == f.Type && called.Name == f.Method))
                    {
                        offenders.Add($"{type.FullName}: {method.Name} calls {called.DeclaringType.Name}.{called.Name}");
                    }
                }
            }
        }

        return new(types.Count, offenders.Distinct().ToList());
    }

    private static IEnumerable<TypeDefinition> WithNested(TypeDefinition type) =>
        type.NestedTypes.SelectMany(WithNested).Prepend(type);
}

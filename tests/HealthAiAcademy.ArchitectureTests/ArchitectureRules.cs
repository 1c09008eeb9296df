using System.Reflection;
using NetArchTest.Rules;

namespace HealthAiAcademy.ArchitectureTests;

/// <summary>
/// The rules, each written once and applied both to the real assemblies and to deliberate violations in
/// <c>Violations/</c>, so a rule that could never fail is caught. Each reports how many types it checked.
/// </summary>
internal static class ArchitectureRules
{
    public sealed record Outcome(int CheckedTypes, IReadOnlyList<string> Offenders);

    /// <summary>All types of an assembly, or only those under a namespace (for the violation fixtures).</summary>
    public static PredicateList Select(Assembly assembly, string? namespacePrefix = null) =>
        namespacePrefix is null
            ? Types.InAssembly(assembly).That().HaveNameMatching(".*")
            : Types.InAssembly(assembly).That().ResideInNamespace(namespacePrefix);

    public static Outcome MustNotDependOn(Func<PredicateList> types, params string[] forbidden)
    {
        var checkedTypes = types().GetTypes().Count();
        var result = types().ShouldNot().HaveDependencyOnAny(forbidden).GetResult();
        return new(checkedTypes, result.FailingTypeNames?.ToList() ?? []);
    }

    /// <summary>
    /// Implementation types stay internal, except the module's static entry class and EF migrations (generated public).
    /// Page models are internal too: Razor Pages activates and binds internal models (docs/adr/0012).
    /// </summary>
    public static Outcome MustNotBePublicUnlessFrameworkRequired(Func<PredicateList> types)
    {
        var list = types().GetTypes().Where(t => !t.Name.StartsWith('<') && t.Namespace != "AspNetCoreGeneratedDocument").ToList();
        var offenders = list
            .Where(IsVisibleOutside)
            .Where(t => !(t.Name.EndsWith("Module", StringComparison.Ordinal) && t.IsAbstract && t.IsSealed))
            .Where(t => t.Namespace?.Contains(".Migrations", StringComparison.Ordinal) != true)
            .Select(t => t.FullName!)
            .ToList();
        return new(list.Count, offenders);
    }

    /// <summary>Only the host may reference module implementations; modules, contracts and building blocks see contracts only.</summary>
    public static IReadOnlyList<string> ImplementationReferences(Assembly assembly, IEnumerable<Assembly> implementations)
    {
        var forbidden = implementations.Select(a => a.GetName().Name).Where(n => n != assembly.GetName().Name).ToHashSet();
        return assembly.GetReferencedAssemblies().Select(r => r.Name!).Where(forbidden.Contains).ToList();
    }

    private static bool IsVisibleOutside(Type type) =>
        type.DeclaringType is null ? type.IsPublic : type.IsNestedPublic && IsVisibleOutside(type.DeclaringType);

    private static readonly string[] ManyUseCaseSuffixes = ["Endpoints", "Handlers", "Commands", "Queries"];

    /// <summary>
    /// One slice shape: under <c>Features</c> each use case has its own namespace (folder), whose endpoint class is named after
    /// it (<c>Features.EnrolParticipant.EnrolParticipantEndpoint</c>); no class gathers several use cases (<c>*Endpoints</c>,
    /// <c>*Handlers</c>, <c>*Commands</c>, <c>*Queries</c>) and nothing sits in <c>Features</c> itself.
    /// </summary>
    public static Outcome MustFollowTheSliceShape(Assembly assembly, string featuresNamespace)
    {
        var types = assembly.GetTypes()
            .Where(t => !t.Name.StartsWith('<') && t.DeclaringType is null)
            .Where(t => t.Namespace == featuresNamespace || t.Namespace?.StartsWith(featuresNamespace + ".", StringComparison.Ordinal) == true)
            .ToList();
        var offenders = new List<string>();
        foreach (var type in types)
        {
            var useCase = type.Namespace == featuresNamespace ? null : type.Namespace![(featuresNamespace.Length + 1)..];
            if (useCase is null || useCase.Contains('.', StringComparison.Ordinal))
            {
                offenders.Add($"{type.FullName}: not in a Features/<UseCase> folder of its own");
            }
            else if (ManyUseCaseSuffixes.Any(suffix => type.Name.EndsWith(suffix, StringComparison.Ordinal)))
            {
                offenders.Add($"{type.FullName}: a class that gathers several use cases");
            }
            else if (type.Name.EndsWith("Endpoint", StringComparison.Ordinal) && type.Name != useCase + "Endpoint")
            {
                offenders.Add($"{type.FullName}: the endpoint of {useCase} is named {useCase}Endpoint");
            }
        }

        return new(types.Count, offenders);
    }

    /// <summary>
    /// Entities change only through their methods, which check their rules: no property under <c>Domain</c> has a public
    /// setter. <c>init</c> is allowed (what is stated once at creation, as on a certificate, and never changed).
    /// </summary>
    public static Outcome DomainStateChangesOnlyThroughMethods(Assembly assembly, string domainNamespace)
    {
        var types = assembly.GetTypes()
            .Where(t => !t.Name.StartsWith('<') && t.Namespace?.StartsWith(domainNamespace, StringComparison.Ordinal) == true && t.IsClass)
            .ToList();
        var offenders = types
            .SelectMany(t => t.GetProperties(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly).Select(p => (Type: t, Property: p)))
            .Where(x => x.Property.SetMethod is { IsPublic: true } setter
                        && !setter.ReturnParameter.GetRequiredCustomModifiers().Contains(typeof(System.Runtime.CompilerServices.IsExternalInit)))
            .Select(x => $"{x.Type.FullName}.{x.Property.Name}")
            .ToList();
        return new(types.Count, offenders);
    }

    /// <summary>
    /// Who may call a use case is the use case's own rule (docs/adr/0020), so a page with a wider policy cannot open what
    /// the API keeps shut: every handler under <c>Features</c> takes who is calling (<c>ICurrentUser</c>, directly or through
    /// a collaborator such as <c>OfferingAccess</c>), or states with <c>[ServesAnyone]</c> that it serves anyone.
    /// Integration-event handlers act for the system, not for a caller, and are left out.
    /// </summary>
    public static Outcome UseCasesKnowWhoCalls(Assembly assembly, string featuresNamespace)
    {
        var handlers = assembly.GetTypes()
            .Where(t => t.IsClass && !t.IsAbstract && t.Name.EndsWith("Handler", StringComparison.Ordinal))
            .Where(t => t.Namespace?.StartsWith(featuresNamespace + ".", StringComparison.Ordinal) == true)
            .Where(t => t.GetMethod("HandleAsync") is not null)
            .Where(t => !t.GetInterfaces().Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(HealthAiAcademy.BuildingBlocks.Events.IIntegrationEventHandler<>)))
            .ToList();
        var offenders = handlers
            .Where(h => h.GetCustomAttribute<HealthAiAcademy.BuildingBlocks.Authorization.ServesAnyoneAttribute>() is null && !KnowsTheCaller(h, 0, []))
            .Select(h => h.FullName!)
            .ToList();
        return new(handlers.Count, offenders);
    }

    private static bool KnowsTheCaller(Type type, int depth, HashSet<Type> seen) =>
        type == typeof(HealthAiAcademy.BuildingBlocks.Users.ICurrentUser)
        || (depth < 4 && !type.IsInterface && seen.Add(type)
            && type.GetConstructors(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance)
                .SelectMany(c => c.GetParameters())
                .Any(p => KnowsTheCaller(p.ParameterType, depth + 1, seen)));
}

namespace HealthAiAcademy.ArchitectureTests;

public sealed class ModuleBoundaryTests
{
    public static TheoryData<string, string> ModulePairs()
    {
        var pairs = new TheoryData<string, string>();
        foreach (var from in Solution.Modules)
        {
            foreach (var to in Solution.Modules.Where(m => m != from))
            {
                pairs.Add(from.Name, to.Name);
            }
        }

        return pairs;
    }

    public static TheoryData<string> ModuleNames() => [.. Solution.Modules.Select(m => m.Name)];

    [Theory]
    [MemberData(nameof(ModulePairs))]
    public void A_module_implementation_does_not_depend_on_another_module_implementation(string from, string to)
    {
        var source = Module(from).Implementation;
        var forbidden = Solution.TypeNamesOf(Module(to).Implementation);

        var outcome = ArchitectureRules.MustNotDependOn(() => ArchitectureRules.Select(source), forbidden);

        Assert.True(outcome.CheckedTypes > 0, $"no types of {from} were checked");
        Assert.True(forbidden.Length > 0, $"no types of {to} to forbid");
        Assert.Empty(outcome.Offenders);
    }

    [Theory]
    [MemberData(nameof(ModuleNames))]
    public void Contracts_depend_on_no_implementation_nor_on_EF_Core_or_ASP_NET_Core(string module)
    {
        var contracts = Module(module).Contracts;
        var forbidden = Solution.Implementations.SelectMany(Solution.TypeNamesOf)
            .Concat(Solution.TypeNamesOf(Solution.Host))
            .Append("Microsoft.EntityFrameworkCore")
            .Append("Microsoft.AspNetCore")
            .ToArray();

        var outcome = ArchitectureRules.MustNotDependOn(() => ArchitectureRules.Select(contracts), forbidden);

        Assert.True(outcome.CheckedTypes > 0, $"no contract types of {module} were checked");
        Assert.Empty(outcome.Offenders);
    }

    [Theory]
    [MemberData(nameof(ModuleNames))]
    public void Module_implementation_types_are_internal_except_what_the_framework_needs(string module)
    {
        var outcome = ArchitectureRules.MustNotBePublicUnlessFrameworkRequired(() => ArchitectureRules.Select(Module(module).Implementation));

        Assert.True(outcome.CheckedTypes > 0, $"no types of {module} were checked");
        Assert.Empty(outcome.Offenders);
    }

    public static TheoryData<string> AssembliesWithPages() => [.. Solution.Implementations.Append(Solution.Host).Select(a => a.GetName().Name!)];

    public static TheoryData<string> AssembliesThatWrite() =>
        [.. Solution.Implementations.Append(Solution.Host).Append(Solution.BuildingBlocks).Select(a => a.GetName().Name!)];

    [Theory]
    [MemberData(nameof(AssembliesWithPages))]
    public void Page_models_get_their_services_injected_instead_of_locating_them(string assembly)
    {
        var outcome = CallRules.PageModelsMustNotLocateServices(Solution.ByName(assembly));

        Assert.True(outcome.CheckedTypes > 0, $"no page models of {assembly} were checked");
        Assert.Empty(outcome.Offenders);
    }

    [Theory]
    [MemberData(nameof(AssembliesThatWrite))]
    public void Transactions_begin_only_inside_the_execution_strategy(string assembly)
    {
        var outcome = CallRules.TransactionsBeginOnlyInTheUnitOfWork(Solution.ByName(assembly));

        Assert.True(outcome.CheckedTypes > 0, $"no types of {assembly} were checked");
        Assert.Empty(outcome.Offenders);
    }

    [Theory]
    [MemberData(nameof(ModuleNames))]
    public void Every_module_has_one_folder_per_use_case_with_an_endpoint_named_after_it(string module)
    {
        var implementation = Module(module).Implementation;

        var outcome = ArchitectureRules.MustFollowTheSliceShape(implementation, $"{implementation.GetName().Name}.Features");

        Assert.True(outcome.CheckedTypes > 0, $"no feature types of {module} were checked");
        Assert.Empty(outcome.Offenders);
    }

    [Theory]
    [MemberData(nameof(ModuleNames))]
    public void Every_use_case_knows_who_calls_it_or_says_it_serves_anyone(string module)
    {
        var implementation = Module(module).Implementation;

        var outcome = ArchitectureRules.UseCasesKnowWhoCalls(implementation, $"{implementation.GetName().Name}.Features");

        Assert.True(outcome.CheckedTypes > 5, $"only {outcome.CheckedTypes} use cases of {module} were checked");
        Assert.True(outcome.Offenders.Count == 0, "Use cases that neither check who calls nor say they serve anyone:\n" + string.Join("\n", outcome.Offenders));
    }

    [Fact]
    public void Every_account_use_case_knows_who_calls_it_or_says_it_serves_anyone()
    {
        var outcome = ArchitectureRules.UseCasesKnowWhoCalls(Solution.Host, "HealthAiAcademy.Host.Identity.Features");

        Assert.True(outcome.CheckedTypes > 15, $"only {outcome.CheckedTypes} account use cases were checked");
        Assert.True(outcome.Offenders.Count == 0, "Use cases that neither check who calls nor say they serve anyone:\n" + string.Join("\n", outcome.Offenders));
    }

    [Fact]
    public void The_hosts_account_use_cases_have_the_same_slice_shape()
    {
        var outcome = ArchitectureRules.MustFollowTheSliceShape(Solution.Host, "HealthAiAcademy.Host.Identity.Features");

        Assert.True(outcome.CheckedTypes > 20, "the account use cases of the host were not found");
        Assert.Empty(outcome.Offenders);
    }

    [Theory]
    [MemberData(nameof(ModuleNames))]
    public void Domain_state_changes_only_through_the_entities_methods(string module)
    {
        var implementation = Module(module).Implementation;

        var outcome = ArchitectureRules.DomainStateChangesOnlyThroughMethods(implementation, $"{implementation.GetName().Name}.Domain");

        Assert.True(outcome.CheckedTypes > 0, $"no domain types of {module} were checked");
        Assert.Empty(outcome.Offenders);
    }

    [Fact]
    public void BuildingBlocks_depends_on_no_module()
    {
        var forbidden = Solution.Modules.SelectMany(m => new[] { m.Implementation, m.Contracts }).SelectMany(Solution.TypeNamesOf)
            .Concat(Solution.TypeNamesOf(Solution.Host))
            .ToArray();

        var outcome = ArchitectureRules.MustNotDependOn(() => ArchitectureRules.Select(Solution.BuildingBlocks), forbidden);

        Assert.True(outcome.CheckedTypes > 0);
        Assert.Empty(outcome.Offenders);
    }

    [Fact]
    public void Only_the_host_references_module_implementations()
    {
        var others = Solution.Implementations.Concat(Solution.Contracts).Append(Solution.BuildingBlocks).ToList();

        var offenders = others.SelectMany(a => ArchitectureRules.ImplementationReferences(a, Solution.Implementations)
            .Select(reference => $"{a.GetName().Name} -> {reference}")).ToList();
        var hostReferences = ArchitectureRules.ImplementationReferences(Solution.Host, Solution.Implementations);

        Assert.Equal(11, others.Count);
        Assert.Empty(offenders);
        Assert.Equal(5, hostReferences.Count);
    }

    private static Solution.Module Module(string name) => Solution.Modules.Single(m => m.Name == name);
}

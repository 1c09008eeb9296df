using HealthAiAcademy.ArchitectureTests.Violations.PublicImplementation;

namespace HealthAiAcademy.ArchitectureTests;

/// <summary>Each kind of rule, applied to a deliberate violation, must fail: a rule that cannot fail proves nothing.</summary>
public sealed class RulesCatchViolationsTests
{
    private static readonly System.Reflection.Assembly Fixtures = typeof(PublicHandler).Assembly;

    [Fact]
    public void The_module_dependency_rule_catches_a_type_that_uses_CoursesModule()
    {
        var forbidden = Solution.TypeNamesOf(Solution.Modules.Single(m => m.Name == "Courses").Implementation);

        var outcome = ArchitectureRules.MustNotDependOn(
            () => ArchitectureRules.Select(Fixtures, "HealthAiAcademy.ArchitectureTests.Violations.EnrollmentUsingCourses"), forbidden);

        Assert.Equal(1, outcome.CheckedTypes);
        Assert.Contains(outcome.Offenders, name => name.EndsWith("EnrollmentHandlerReachingIntoCourses", StringComparison.Ordinal));
    }

    [Fact]
    public void The_module_dependency_rule_catches_Compliance_calling_into_Certification()
    {
        var forbidden = Solution.TypeNamesOf(Solution.Modules.Single(m => m.Name == "Certification").Implementation);

        var outcome = ArchitectureRules.MustNotDependOn(
            () => ArchitectureRules.Select(Fixtures, "HealthAiAcademy.ArchitectureTests.Violations.ComplianceUsingCertification"), forbidden);

        Assert.Equal(1, outcome.CheckedTypes);
        Assert.Contains(outcome.Offenders, name => name.EndsWith("ComplianceHandlerReachingIntoCertification", StringComparison.Ordinal));
    }

    [Fact]
    public void The_contracts_rule_catches_a_contract_that_uses_EF_Core()
    {
        var outcome = ArchitectureRules.MustNotDependOn(
            () => ArchitectureRules.Select(Fixtures, "HealthAiAcademy.ArchitectureTests.Violations.ContractWithEfCore"),
            "Microsoft.EntityFrameworkCore", "Microsoft.AspNetCore");

        Assert.True(outcome.CheckedTypes >= 1);
        Assert.Contains(outcome.Offenders, name => name.EndsWith("OfferingContractLeakingEf", StringComparison.Ordinal));
    }

    [Fact]
    public void The_visibility_rule_catches_a_public_implementation_type()
    {
        var outcome = ArchitectureRules.MustNotBePublicUnlessFrameworkRequired(
            () => ArchitectureRules.Select(Fixtures, "HealthAiAcademy.ArchitectureTests.Violations.PublicImplementation"));

        Assert.Equal(1, outcome.CheckedTypes);
        Assert.Equal([typeof(PublicHandler).FullName!], outcome.Offenders);
    }

    [Fact]
    public void The_reference_rule_catches_an_assembly_that_references_an_implementation()
    {
        // This test assembly references module implementations, as a module must not.
        var offenders = ArchitectureRules.ImplementationReferences(Fixtures, Solution.Implementations);

        Assert.Contains("HealthAiAcademy.Courses", offenders);
    }

    [Fact]
    public void The_page_model_rule_catches_a_page_model_that_locates_a_service()
    {
        var outcome = CallRules.PageModelsMustNotLocateServices(Fixtures, "HealthAiAcademy.ArchitectureTests.Violations.ServiceLocatingPage");

        Assert.Equal(1, outcome.CheckedTypes);
        Assert.Contains(outcome.Offenders, o => o.Contains("LocatingModel", StringComparison.Ordinal) && o.Contains("RequestServices", StringComparison.Ordinal));
        Assert.Contains(outcome.Offenders, o => o.Contains("GetRequiredService", StringComparison.Ordinal));
    }

    [Fact]
    public void The_transaction_rule_catches_a_transaction_begun_outside_the_unit_of_work()
    {
        var outcome = CallRules.TransactionsBeginOnlyInTheUnitOfWork(Fixtures, "HealthAiAcademy.ArchitectureTests.Violations.TransactionOutsideStrategy");

        Assert.Equal(1, outcome.CheckedTypes);
        Assert.Contains(outcome.Offenders, o => o.Contains("HandlerWithItsOwnTransaction", StringComparison.Ordinal) && o.Contains("BeginTransactionAsync", StringComparison.Ordinal));
    }

    [Fact]
    public void The_caller_rule_catches_a_use_case_that_checks_nobody_and_accepts_a_check_through_a_collaborator_or_a_stated_public_one()
    {
        var outcome = ArchitectureRules.UseCasesKnowWhoCalls(Fixtures, "HealthAiAcademy.ArchitectureTests.Violations.Callers.Features");

        Assert.Equal(3, outcome.CheckedTypes);
        Assert.Equal(["HealthAiAcademy.ArchitectureTests.Violations.Callers.Features.RerunOffering.RerunOfferingHandler"], outcome.Offenders);
    }

    [Fact]
    public void The_slice_rule_catches_a_module_wide_endpoint_class_a_misnamed_endpoint_and_a_class_of_many_use_cases()
    {
        var outcome = ArchitectureRules.MustFollowTheSliceShape(Fixtures, "HealthAiAcademy.ArchitectureTests.Violations.Features");

        Assert.Equal(3, outcome.CheckedTypes);
        Assert.Contains(outcome.Offenders, o => o.Contains("Features.EnrollmentEndpoints", StringComparison.Ordinal));
        Assert.Contains(outcome.Offenders, o => o.Contains("WithdrawEndpoint: the endpoint of WithdrawEnrollment", StringComparison.Ordinal));
        Assert.Contains(outcome.Offenders, o => o.Contains("EnrollmentCommands: a class that gathers several use cases", StringComparison.Ordinal));
    }

    [Fact]
    public void The_domain_rule_catches_a_public_setter_and_allows_init_and_private_setters()
    {
        var outcome = ArchitectureRules.DomainStateChangesOnlyThroughMethods(Fixtures, "HealthAiAcademy.ArchitectureTests.Violations.Domain");

        Assert.Equal(1, outcome.CheckedTypes);
        Assert.Equal(["HealthAiAcademy.ArchitectureTests.Violations.Domain.SeatCounter.Taken"], outcome.Offenders);
    }
}

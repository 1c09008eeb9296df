using System.Reflection;

namespace HealthAiAcademy.ArchitectureTests;

/// <summary>The assemblies of the solution, by role.</summary>
internal static class Solution
{
    public static readonly Assembly Host = typeof(Program).Assembly;

    public static readonly Assembly BuildingBlocks = typeof(HealthAiAcademy.BuildingBlocks.Data.ModuleDbContext).Assembly;

    public static readonly IReadOnlyList<Module> Modules =
    [
        new("Courses", typeof(HealthAiAcademy.Courses.CoursesModule).Assembly, typeof(HealthAiAcademy.Courses.Contracts.CoursesContractsAssembly).Assembly),
        new("Enrollment", typeof(HealthAiAcademy.Enrollment.EnrollmentModule).Assembly, typeof(HealthAiAcademy.Enrollment.Contracts.EnrollmentContractsAssembly).Assembly),
        new("Assessment", typeof(HealthAiAcademy.Assessment.AssessmentModule).Assembly, typeof(HealthAiAcademy.Assessment.Contracts.AssessmentContractsAssembly).Assembly),
        new("Certification", typeof(HealthAiAcademy.Certification.CertificationModule).Assembly, typeof(HealthAiAcademy.Certification.Contracts.CertificationContractsAssembly).Assembly),
        new("Compliance", typeof(HealthAiAcademy.Compliance.ComplianceModule).Assembly, typeof(HealthAiAcademy.Compliance.Contracts.ComplianceContractsAssembly).Assembly),
    ];

    public static IEnumerable<Assembly> Implementations => Modules.Select(m => m.Implementation);

    public static IEnumerable<Assembly> Contracts => Modules.Select(m => m.Contracts);

    public static Assembly ByName(string name) =>
        Implementations.Concat(Contracts).Append(Host).Append(BuildingBlocks).Single(a => a.GetName().Name == name);

    /// <summary>
    /// Full names of the types an assembly defines, in NetArchTest's notation (nested types with '/'). Compiler-generated
    /// types are left out: every assembly has its own with the same names.
    /// </summary>
    public static string[] TypeNamesOf(Assembly assembly) =>
        assembly.GetTypes().Where(t => !t.FullName!.StartsWith('<')).Select(t => t.FullName!.Replace('+', '/')).ToArray();

    public sealed record Module(string Name, Assembly Implementation, Assembly Contracts);
}

using System.Reflection;
using HealthAiAcademy.BuildingBlocks.Data;
using Microsoft.EntityFrameworkCore;

namespace HealthAiAcademy.IntegrationTests.Data;

/// <summary>Every provider-specific DbContext of the host and the modules, found by reflection so a new module cannot be forgotten.</summary>
internal static class ProviderContexts
{
    public static readonly Assembly[] Assemblies =
    [
        typeof(Program).Assembly,
        typeof(HealthAiAcademy.Courses.CoursesModule).Assembly,
        typeof(HealthAiAcademy.Enrollment.EnrollmentModule).Assembly,
        typeof(HealthAiAcademy.Assessment.AssessmentModule).Assembly,
        typeof(HealthAiAcademy.Certification.CertificationModule).Assembly,
        typeof(HealthAiAcademy.Compliance.ComplianceModule).Assembly,
    ];

    public static IEnumerable<Type> All(string suffix) =>
        Assemblies.SelectMany(a => a.GetTypes())
            .Where(t => typeof(DbContext).IsAssignableFrom(t) && !t.IsAbstract && t.Name.EndsWith(suffix, StringComparison.Ordinal))
            .OrderBy(t => t.Name);

    public static DbContext CreateSqlite(Type contextType) =>
        (DbContext)typeof(DesignTimeContextFactory).GetMethod(nameof(DesignTimeContextFactory.CreateSqlite))!
            .MakeGenericMethod(contextType).Invoke(null, null)!;

    public static DbContext CreateSqlServer(Type contextType)
    {
        var schema = (string)contextType.BaseType!.GetField("Schema")!.GetValue(null)!;
        return (DbContext)typeof(DesignTimeContextFactory).GetMethod(nameof(DesignTimeContextFactory.CreateSqlServer))!
            .MakeGenericMethod(contextType).Invoke(null, [schema])!;
    }

    /// <summary>"CoursesSqlServerDbContext" -> "courses".</summary>
    public static string ScriptName(Type contextType) =>
        contextType.Name.Replace("SqlServerDbContext", string.Empty, StringComparison.Ordinal)
            .Replace("AcademyIdentity", "Identity", StringComparison.Ordinal)
            .ToLowerInvariant();
}

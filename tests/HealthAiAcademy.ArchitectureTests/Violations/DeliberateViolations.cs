using HealthAiAcademy.Courses;
using Microsoft.EntityFrameworkCore;

// Types that break each rule on purpose; RulesCatchViolationsTests proves the rules report them.
namespace HealthAiAcademy.ArchitectureTests.Violations.EnrollmentUsingCourses
{
    internal sealed class EnrollmentHandlerReachingIntoCourses
    {
        public IServiceProvider Register(Microsoft.Extensions.DependencyInjection.IServiceCollection services) =>
            Microsoft.Extensions.DependencyInjection.ServiceCollectionContainerBuilderExtensions.BuildServiceProvider(
                services.AddCoursesModule(null!));
    }
}

namespace HealthAiAcademy.ArchitectureTests.Violations.ContractWithEfCore
{
    internal sealed record OfferingContractLeakingEf(DbContext Context);
}

namespace HealthAiAcademy.ArchitectureTests.Violations.PublicImplementation
{
    public sealed class PublicHandler
    {
        public int Handle() => 42;
    }
}

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

namespace HealthAiAcademy.ArchitectureTests.Violations.ServiceLocatingPage
{
    internal sealed class LocatingModel : Microsoft.AspNetCore.Mvc.RazorPages.PageModel
    {
        public async Task<string> OnGetAsync()
        {
            await Task.Yield();
            var clock = Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions.GetRequiredService<TimeProvider>(HttpContext.RequestServices);
            return clock.GetUtcNow().ToString("O", System.Globalization.CultureInfo.InvariantCulture);
        }
    }
}

namespace HealthAiAcademy.ArchitectureTests.Violations.TransactionOutsideStrategy
{
    internal sealed class HandlerWithItsOwnTransaction(DbContext db)
    {
        public async Task SaveAsync()
        {
            await using var transaction = await db.Database.BeginTransactionAsync();
            await db.SaveChangesAsync();
            await transaction.CommitAsync();
        }
    }
}

namespace HealthAiAcademy.ArchitectureTests.Violations.Features
{
    internal static class EnrollmentEndpoints
    {
        public static int RouteCount => 17;
    }
}

namespace HealthAiAcademy.ArchitectureTests.Violations.Features.WithdrawEnrollment
{
    internal static class WithdrawEndpoint
    {
        public static string Route => "/withdraw";
    }

    internal sealed class EnrollmentCommands
    {
        public int Commands => 5;
    }
}

namespace HealthAiAcademy.ArchitectureTests.Violations.Domain
{
    internal sealed class SeatCounter
    {
        public int Taken { get; set; }

        public int Capacity { get; init; }

        public int Waiting { get; private set; }

        public void Join() => Waiting++;
    }
}

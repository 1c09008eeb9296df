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

namespace HealthAiAcademy.ArchitectureTests.Violations.ComplianceUsingCertification
{
    // Compliance must learn of certificates from Certification's events, never by calling into the module.
    internal sealed class ComplianceHandlerReachingIntoCertification
    {
        public string ModuleName => HealthAiAcademy.Certification.CertificationModule.Name;

        public Microsoft.AspNetCore.Routing.IEndpointRouteBuilder Map(Microsoft.AspNetCore.Routing.IEndpointRouteBuilder endpoints) =>
            HealthAiAcademy.Certification.CertificationModule.MapCertificationModule(endpoints);
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

namespace HealthAiAcademy.ArchitectureTests.Violations.Callers.Features.RerunOffering
{
    /// <summary>Re-runs whatever it is given, for whoever calls: the hole issue 18 found.</summary>
    internal sealed class RerunOfferingHandler
    {
        public Task<Guid> HandleAsync(Guid offeringId) => Task.FromResult(offeringId);
    }

    /// <summary>Checks the caller through a collaborator that takes ICurrentUser: allowed.</summary>
    internal sealed class CheckedRerunHandler(CallerCheck check)
    {
        public Task<bool> HandleAsync() => Task.FromResult(check.IsCoordinator);
    }

    internal sealed class CallerCheck(HealthAiAcademy.BuildingBlocks.Users.ICurrentUser user)
    {
        public bool IsCoordinator => HealthAiAcademy.BuildingBlocks.Users.CurrentUserRoles.IsCoordinator(user);
    }

    [HealthAiAcademy.BuildingBlocks.Authorization.ServesAnyone("A public list: allowed.")]
    internal sealed class PublicListHandler
    {
        public Task<int> HandleAsync() => Task.FromResult(0);
    }
}

using HealthAiAcademy.BuildingBlocks.Authorization;
using HealthAiAcademy.BuildingBlocks.DemoData;
using HealthAiAcademy.Host.Identity;
using HealthAiAcademy.Host.Identity.Features.Shared;
using Microsoft.AspNetCore.Identity;

namespace HealthAiAcademy.Host.DemoData;

/// <summary>Development only: one account per role and every module's demo data.</summary>
internal static class DemoDataSeeding
{
    public static readonly IReadOnlyList<(string Email, string FullName, string Role)> Accounts =
    [
        ("participant@demo.local", "Łukasz Şahin-de Vries", Roles.Participant),
        ("nurse@demo.local", "Noor Bakker", Roles.Participant),
        ("student@demo.local", "Sven de Jong", Roles.Participant),
        ("instructor@demo.local", "Dr. Ingrid Instructor", Roles.Instructor),
        ("coordinator@demo.local", "Cora Coordinator", Roles.Coordinator),
        ("admin@demo.local", "Ada Administrator", Roles.Administrator),
    ];

    public static async Task SeedAsync(IServiceProvider services, IConfiguration configuration, CancellationToken cancellationToken)
    {
        var password = configuration["Demo:Password"];
        if (string.IsNullOrEmpty(password))
        {
            throw new InvalidOperationException("Demo:Password must be set to seed the demo accounts (see README).");
        }

        await using var scope = services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AcademyUser>>();
        var accounts = scope.ServiceProvider.GetRequiredService<AccountCreation>();
        foreach (var (email, fullName, role) in Accounts)
        {
            if (await users.FindByEmailAsync(email) is not null)
            {
                continue;
            }

            var (user, errors) = await accounts.CreateAsync(new RegistrationInput(email, password, fullName, null, null), role, emailConfirmed: true, cancellationToken);
            if (user is null)
            {
                throw new InvalidOperationException($"Demo account {email} could not be created: {string.Join("; ", errors.ToDictionary().SelectMany(e => e.Value))}");
            }
        }

        foreach (var seeder in scope.ServiceProvider.GetServices<IDemoDataSeeder>().OrderBy(s => s.Order))
        {
            await seeder.SeedAsync(cancellationToken);
        }
    }
}

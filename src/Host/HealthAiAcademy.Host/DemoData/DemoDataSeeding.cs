using HealthAiAcademy.BuildingBlocks.Authorization;
using HealthAiAcademy.BuildingBlocks.DemoData;
using HealthAiAcademy.Host.Identity;
using HealthAiAcademy.Host.Identity.Features.Shared;
using Microsoft.AspNetCore.Identity;

namespace HealthAiAcademy.Host.DemoData;

/// <summary>Development only: one account per role and every module's demo data.</summary>
internal static class DemoDataSeeding
{
    /// <summary>The demo people; the participant and the nurse with their profession and BIG number, so their certificates carry their own registry's points.</summary>
    public static readonly IReadOnlyList<(string Email, string FullName, string Role, string? Profession, string? RegistrationNumber)> Accounts =
    [
        ("participant@demo.local", "Łukasz Şahin-de Vries", Roles.Participant, "Medical specialist", "19012345601"),
        ("nurse@demo.local", "Noor Bakker", Roles.Participant, "Nurse", "49012345602"),
        ("student@demo.local", "Sven de Jong", Roles.Participant, "Student", null),
        ("instructor@demo.local", "Dr. Ingrid Instructor", Roles.Instructor, null, null),
        ("coordinator@demo.local", "Cora Coordinator", Roles.Coordinator, null, null),
        ("admin@demo.local", "Ada Administrator", Roles.Administrator, null, null),
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
        foreach (var (email, fullName, role, profession, registrationNumber) in Accounts)
        {
            if (await users.FindByEmailAsync(email) is not null)
            {
                continue;
            }

            var (user, errors) = await accounts.CreateAsync(new RegistrationInput(email, password, fullName, profession, registrationNumber), role, emailConfirmed: true, cancellationToken);
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

using HealthAiAcademy.BuildingBlocks.Authorization;
using HealthAiAcademy.Host.Identity.Features.Shared;

namespace HealthAiAcademy.Host.Identity;

/// <summary>
/// <c>create-admin &lt;email&gt; "&lt;full name&gt;"</c>: creates the first administrator outside Development, where nothing is seeded.
/// The password is read from ACADEMY_ADMIN_PASSWORD or from standard input, never from the command line.
/// </summary>
internal static class AdminCommand
{
    public const string Name = "create-admin";

    public static async Task<int> RunAsync(IServiceProvider services, string[] args)
    {
        if (args.Length < 3)
        {
            await Console.Error.WriteLineAsync("Usage: create-admin <email> \"<full name>\"   (password from ACADEMY_ADMIN_PASSWORD or standard input)");
            return 2;
        }

        var password = Environment.GetEnvironmentVariable("ACADEMY_ADMIN_PASSWORD");
        if (string.IsNullOrEmpty(password))
        {
            Console.Write("Password: ");
            password = Console.ReadLine();
        }

        await using var scope = services.CreateAsyncScope();
        var accounts = scope.ServiceProvider.GetRequiredService<AccountCreation>();
        // Whoever runs the command on the server speaks for the address; there is no one to confirm it for.
        var (user, errors) = await accounts.CreateAsync(
            new RegistrationInput(args[1], password, args[2], null, null), Roles.Administrator, emailConfirmed: true, CancellationToken.None);
        if (user is null)
        {
            foreach (var (field, messages) in errors.ToDictionary())
            {
                await Console.Error.WriteLineAsync($"{field}: {string.Join(" ", messages)}");
            }

            return 1;
        }

        Console.WriteLine($"Administrator {user.Email} created.");
        return 0;
    }
}

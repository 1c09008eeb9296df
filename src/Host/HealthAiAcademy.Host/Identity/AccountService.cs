using HealthAiAcademy.BuildingBlocks.Authorization;
using HealthAiAcademy.BuildingBlocks.Web;
using Microsoft.AspNetCore.Identity;

namespace HealthAiAcademy.Host.Identity;

/// <summary>Creating accounts, shared by the register page, the API and the create-admin command.</summary>
internal sealed class AccountService(UserManager<AcademyUser> users)
{
    /// <returns>The new user, or the field errors that prevented it.</returns>
    public async Task<(AcademyUser? User, ValidationErrors Errors)> RegisterAsync(RegistrationInput input, string role)
    {
        var errors = input.Validate();
        var user = new AcademyUser { UserName = input.Email?.Trim(), Email = input.Email?.Trim() };
        if (!string.IsNullOrEmpty(input.Password))
        {
            // Checked up front so a form shows every problem at once, not the password's only after the rest is fixed.
            foreach (var validator in users.PasswordValidators)
            {
                var result = await validator.ValidateAsync(users, user, input.Password);
                foreach (var error in result.Errors)
                {
                    errors.Add("password", error.Description);
                }
            }
        }

        if (!errors.IsValid)
        {
            return (null, errors);
        }

        new ProfileInput(input.FullName, input.Profession, input.RegistrationNumber, null).ApplyTo(user);
        var created = await users.CreateAsync(user, input.Password!);
        if (!created.Succeeded)
        {
            foreach (var error in created.Errors)
            {
                errors.Add(FieldOf(error), error.Description);
            }

            return (null, errors);
        }

        await users.AddToRoleAsync(user, role);
        return (user, errors);
    }

    public Task<(AcademyUser? User, ValidationErrors Errors)> RegisterParticipantAsync(RegistrationInput input) =>
        RegisterAsync(input, Roles.Participant);

    private static string FieldOf(IdentityError error) => error.Code switch
    {
        _ when error.Code.StartsWith("Password", StringComparison.Ordinal) => "password",
        _ when error.Code.Contains("Email", StringComparison.Ordinal) || error.Code.Contains("UserName", StringComparison.Ordinal) => "email",
        _ => "account",
    };
}

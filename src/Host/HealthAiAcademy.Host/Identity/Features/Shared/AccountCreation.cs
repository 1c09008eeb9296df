using HealthAiAcademy.BuildingBlocks.Web;
using HealthAiAcademy.Host.Identity.Data;
using Microsoft.AspNetCore.Identity;

namespace HealthAiAcademy.Host.Identity.Features.Shared;

/// <summary>Creating an account with a password: the register page and API, the create-admin command and the demo seed.</summary>
internal sealed class AccountCreation(AcademyIdentityDbContext db, UserManager<AcademyUser> users, AccountAudit audit, TimeProvider clock)
{
    /// <summary>The field errors of the input, the password's included, without looking at which accounts exist.</summary>
    public async Task<ValidationErrors> ValidateAsync(RegistrationInput input)
    {
        var errors = input.Validate();
        if (!string.IsNullOrEmpty(input.Password))
        {
            await PasswordRules.CheckAsync(users, new AcademyUser { UserName = input.Email?.Trim(), Email = input.Email?.Trim() }, input.Password, "password", errors);
        }

        return errors;
    }

    /// <returns>The new user, or the field errors that prevented it (an address in use among them).</returns>
    public async Task<(AcademyUser? User, ValidationErrors Errors)> CreateAsync(RegistrationInput input, string role, bool emailConfirmed, CancellationToken cancellationToken)
    {
        var errors = await ValidateAsync(input);
        if (!errors.IsValid)
        {
            return (null, errors);
        }

        var user = new AcademyUser
        {
            UserName = input.Email!.Trim(),
            Email = input.Email.Trim(),
            EmailConfirmed = emailConfirmed,
            CreatedAtUtc = clock.GetUtcNow().UtcDateTime,
        };
        new ProfileInput(input.FullName, input.Profession, input.RegistrationNumber, null).ApplyTo(user);
        var created = await BuildingBlocks.Data.UnitOfWork.InTransactionAsync(db, async token =>
        {
            var result = await users.CreateAsync(user, input.Password!);
            if (!result.Succeeded)
            {
                return result;
            }

            AccountChanges.Require(await users.AddToRoleAsync(user, role));
            audit.Record(user.Id, AccountChangeKind.Registered, role);
            await db.SaveChangesAsync(token);
            return result;
        }, result => result.Succeeded, cancellationToken);
        foreach (var error in created.Errors)
        {
            errors.Add(PasswordRules.FieldOf(error), error.Description);
        }

        return (created.Succeeded ? user : null, errors);
    }
}

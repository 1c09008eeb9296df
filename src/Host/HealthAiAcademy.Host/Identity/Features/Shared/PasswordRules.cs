using HealthAiAcademy.BuildingBlocks.Web;
using Microsoft.AspNetCore.Identity;

namespace HealthAiAcademy.Host.Identity.Features.Shared;

internal static class PasswordRules
{
    /// <summary>
    /// Adds what Identity's password validators say about <paramref name="password"/> under <paramref name="field"/>,
    /// so a form shows every problem at once rather than the password's only after the rest is fixed.
    /// </summary>
    public static async Task CheckAsync(UserManager<AcademyUser> users, AcademyUser user, string? password, string field, ValidationErrors errors)
    {
        if (string.IsNullOrEmpty(password))
        {
            return;
        }

        foreach (var validator in users.PasswordValidators)
        {
            var result = await validator.ValidateAsync(users, user, password);
            foreach (var error in result.Errors)
            {
                errors.Add(field, error.Description);
            }
        }
    }

    public static string FieldOf(IdentityError error) => error.Code switch
    {
        _ when error.Code.StartsWith("Password", StringComparison.Ordinal) => "password",
        _ when error.Code.Contains("Email", StringComparison.Ordinal) || error.Code.Contains("UserName", StringComparison.Ordinal) => "email",
        _ => "account",
    };
}

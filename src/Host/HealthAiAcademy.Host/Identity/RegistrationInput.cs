using HealthAiAcademy.BuildingBlocks.Web;

namespace HealthAiAcademy.Host.Identity;

/// <summary>What a new participant gives to create an account, from the page or the API.</summary>
internal sealed record RegistrationInput(string? Email, string? Password, string? FullName, string? Profession, string? RegistrationNumber)
{
    public ValidationErrors Validate()
    {
        var errors = new ValidationErrors();
        errors.AddIf(string.IsNullOrWhiteSpace(Email), "email", "Email is required.");
        errors.AddIf(string.IsNullOrEmpty(Password), "password", "Password is required.");
        ProfileInput.ValidateProfile(FullName, Profession, RegistrationNumber, errors);
        return errors;
    }
}

using HealthAiAcademy.BuildingBlocks.Web;

namespace HealthAiAcademy.Host.Identity;

internal sealed record ProfileInput(string? FullName, string? Profession, string? RegistrationNumber, string? StudentNumber)
{
    public ValidationErrors Validate()
    {
        var errors = new ValidationErrors();
        ValidateProfile(FullName, Profession, RegistrationNumber, errors);
        errors.AddIf(StudentNumber?.Trim().Length > 40, "studentNumber", "Student number is at most 40 characters.");
        return errors;
    }

    public static void ValidateProfile(string? fullName, string? profession, string? registrationNumber, ValidationErrors errors)
    {
        errors.AddIf(string.IsNullOrWhiteSpace(fullName), "fullName", "Full name is required: it is printed on certificates.");
        errors.AddIf(fullName?.Trim().Length > AcademyUser.FullNameMaxLength, "fullName", $"Full name is at most {AcademyUser.FullNameMaxLength} characters.");
        errors.AddIf(profession?.Trim().Length > 100, "profession", "Profession is at most 100 characters.");
        errors.AddIf(registrationNumber?.Trim().Length > 40, "registrationNumber", "Registration number is at most 40 characters.");
    }

    public void ApplyTo(AcademyUser user)
    {
        user.FullName = FullName!.Trim();
        user.Profession = Normalize(Profession);
        user.RegistrationNumber = Normalize(RegistrationNumber);
        user.StudentNumber = Normalize(StudentNumber);
    }

    private static string? Normalize(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}

using HealthAiAcademy.BuildingBlocks.Users;
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
        errors.AddIf(fullName?.Any(char.IsControl) == true, "fullName", "Full name may not contain control characters such as line breaks or tabs.");
        errors.AddIf(profession?.Trim().Length > 100, "profession", "Profession is at most 100 characters.");
        errors.AddIf(registrationNumber?.Trim().Length > 40, "registrationNumber", "Registration number is at most 40 characters.");
        if (Professions.RegistrationNumberProblem(profession, registrationNumber) is { } problem)
        {
            errors.Add("registrationNumber", problem);
        }
    }

    /// <returns>The fields that changed ("fullName", "profession", ...), for the account's history.</returns>
    public IReadOnlyList<string> ApplyTo(AcademyUser user)
    {
        var changed = new List<string>();
        Set(user.FullName, FullName!.Trim(), v => user.FullName = v!, "fullName");
        Set(user.Profession, Normalize(Profession), v => user.Profession = v, "profession");
        Set(user.RegistrationNumber, Normalize(RegistrationNumber), v => user.RegistrationNumber = v, "registrationNumber");
        Set(user.StudentNumber, Normalize(StudentNumber), v => user.StudentNumber = v, "studentNumber");
        return changed;

        void Set(string? current, string? next, Action<string?> apply, string field)
        {
            if (!string.Equals(current, next, StringComparison.Ordinal))
            {
                apply(next);
                changed.Add(field);
            }
        }
    }

    private static string? Normalize(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}

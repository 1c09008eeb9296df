using System.Text.RegularExpressions;
using HealthAiAcademy.BuildingBlocks.Users;
using HealthAiAcademy.BuildingBlocks.Web;
using HealthAiAcademy.Courses.Contracts;
using HealthAiAcademy.Courses.Domain;

namespace HealthAiAcademy.Courses.Features.Shared;

/// <summary>Checks a course request field by field and turns it into a <see cref="CourseDefinition"/>.</summary>
internal sealed partial class CourseRequestValidator(IUserDirectory users)
{
    public async Task<(CourseDefinition? Definition, ValidationErrors Errors)> ValidateAsync(CourseRequest request, bool requireCode, CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors();
        if (requireCode)
        {
            errors.AddIf(string.IsNullOrWhiteSpace(request.Code) || !CodePattern().IsMatch(request.Code.Trim()), "code",
                "A code of 2 to 40 capital letters, digits or dashes, such as AICP or DATA-WISE.");
        }

        Required(request.Title, "title", 200, errors);
        Required(request.Summary, "summary", 1000, errors);
        errors.AddIf(request.Description?.Length > 20_000, "description", "The description is at most 20,000 characters.");
        errors.AddIf(request.Language is not ("nl" or "en"), "language", "Language is nl or en.");
        errors.AddIf(request.StudyLoadHours is null or < 1 or > 2000, "studyLoadHours", "Study load is 1 to 2000 hours.");
        errors.AddIf(request.Ects is < 0 or > 60, "ects", "ECTS is between 0 and 60.");
        errors.AddIf(request.CertificateValidityMonths is < 1 or > 120, "certificateValidityMonths", "Validity is 1 to 120 months.");
        var unknownAudiences = (request.Audiences ?? []).Except(Audiences.All).Select(a => a ?? "(empty)").ToList();
        errors.AddIf(unknownAudiences.Count > 0, "audiences", $"Unknown audience(s) {string.Join(", ", unknownAudiences)}: use {string.Join(", ", Audiences.All)}.");
        errors.AddIf((request.Topics ?? []).Any(t => string.IsNullOrWhiteSpace(t) || t.Length > 60), "topics", "Each topic is 1 to 60 characters.");
        errors.AddIf((request.LearningObjectives ?? []).Any(o => string.IsNullOrWhiteSpace(o) || o.Length > 300), "learningObjectives", "Each learning objective is 1 to 300 characters.");

        var accreditations = new List<Accreditation>();
        foreach (var (item, index) in (request.Accreditations ?? []).Select((a, i) => (a, i)))
        {
            var field = $"accreditations[{index}]";
            if (item is null || string.IsNullOrWhiteSpace(item.Registry) || string.IsNullOrWhiteSpace(item.AccreditationId) || string.IsNullOrWhiteSpace(item.Profession)
                || item.Points is null or <= 0 or > 1000)
            {
                errors.Add(field, "An accreditation needs a registry, an accreditation id, a profession and positive points.");
                continue;
            }

            if (item.PartialCredit is { } partial && !Enum.IsDefined(partial))
            {
                errors.Add(field, "Partial credit is none, per session or per hour.");
                continue;
            }

            accreditations.Add(new Accreditation(
                item.Registry.Trim(), item.AccreditationId.Trim(), item.Points.Value, item.Profession.Trim(), item.PartialCredit ?? PartialCredit.None));
        }

        var instructorIds = (request.InstructorIds ?? []).Distinct().ToList();
        if (instructorIds.Count > 0)
        {
            var known = await users.FindManyAsync(instructorIds, cancellationToken);
            var unknown = instructorIds.Where(id => !known.ContainsKey(id)).ToList();
            errors.AddIf(unknown.Count > 0, "instructorIds", $"Unknown user(s): {string.Join(", ", unknown)}.");
        }

        if (!errors.IsValid)
        {
            return (null, errors);
        }

        return (new CourseDefinition(
            request.Title!.Trim(), request.Summary!.Trim(), request.Description?.Trim() ?? string.Empty, request.Language!,
            request.StudyLoadHours!.Value, request.Ects,
            Clean(request.LearningObjectives), [.. (request.Audiences ?? []).Distinct()], Clean(request.Topics), instructorIds,
            accreditations, request.CertificateValidityMonths), errors);
    }

    private static void Required(string? value, string field, int maxLength, ValidationErrors errors)
    {
        errors.AddIf(string.IsNullOrWhiteSpace(value), field, "Required.");
        errors.AddIf(value?.Trim().Length > maxLength, field, $"At most {maxLength} characters.");
    }

    private static List<string> Clean(IReadOnlyList<string>? values) => [.. (values ?? []).Select(v => v.Trim()).Distinct()];

    [GeneratedRegex("^[A-Z0-9][A-Z0-9-]{1,39}$")]
    private static partial Regex CodePattern();
}
